import Foundation
import PlanKit

/// One self-contained HTML page that shows a PDF as printed with every extracted value on it
/// (`plangraph view`): each page as an image (poppler's cairo rendering), each indicator cell, target
/// and observation outlined by its box (`Span.box`), and beside the pages the list of the values.
/// Clicking a value scrolls its box into view and flashes it; clicking a box selects its value; the
/// tooltip of either gives concept, year, role, unit and the value in the base unit. No network, no
/// files beside it: the images are inline.
public struct PageViewer: Sendable {
    public var html: String

    /// A value drawn on the pages: where it is and what to say of it.
    struct Item {
        var id: String
        /// `name` (an indicator's name cell), `table` (a cell's value), `target` or `observation`.
        var kind: String
        var label: String
        var tooltip: String
        var span: Span
    }

    public init(graph: PlanGraph, pages: [PageImage]) {
        let items = Self.items(of: graph)
        let rendered = Set(pages.map(\.number))
        let byPage = Dictionary(grouping: items.filter { $0.span.box != nil && $0.span.page.map(rendered.contains) == true }) { $0.span.page! }
        let title = graph.document.title ?? graph.document.id
        var body = "<header><h1>\(HTMLReport.escape(title))</h1><p>\(HTMLReport.escape(graph.document.id)) · \(items.count) values · "
            + "\(pages.count) of \(graph.document.source.pages ?? pages.count) pages shown · "
            + "<span class=\"key table\">table cell</span> <span class=\"key name\">indicator name</span> "
            + "<span class=\"key target\">target</span> <span class=\"key observation\">observation</span></p></header>\n"
        body += "<main><div id=\"pages\">\n"
        for page in pages {
            body += "<div class=\"page\" id=\"page-\(page.number)\" style=\"width:\(Int((page.width * 1.5).rounded()))px\" "
                + "data-width=\"\(page.width)\" data-height=\"\(page.height)\">"
                + "<img alt=\"page \(page.number)\" src=\"data:image/png;base64,\(Data(page.png).base64EncodedString())\">\n"
            for item in byPage[page.number] ?? [] {
                let box = item.span.box!
                func percent(_ value: Decimal, of size: Double) -> String {
                    String(format: "%.3f", NSDecimalNumber(decimal: value).doubleValue / size * 100)
                }
                body += "<a class=\"box \(item.kind)\" id=\"box-\(item.id)\" href=\"#item-\(item.id)\" title=\"\(HTMLReport.escape(item.tooltip))\" "
                    + "data-x=\(box.x) data-y=\(box.y) data-width=\(box.width) data-height=\(box.height) "
                    + "style=\"left:\(percent(box.x, of: page.width))%;top:\(percent(box.y, of: page.height))%;"
                    + "width:\(percent(box.width, of: page.width))%;height:\(percent(box.height, of: page.height))%\"></a>\n"
            }
            body += "<div class=\"page-number\">\(page.number)</div></div>\n"
        }
        body += "</div>\n<aside id=\"values\"><ol>\n"
        for item in items {
            let shown = item.span.box != nil && item.span.page.map(rendered.contains) == true
            body += "<li class=\"item \(item.kind)\(shown ? "" : " unplaced")\" id=\"item-\(item.id)\" data-box=\"box-\(item.id)\" "
                + "title=\"\(HTMLReport.escape(item.tooltip))\"><span class=\"where\">\(item.span.page.map { "p\($0) " } ?? "")L\(item.span.line)</span> "
                + "\(HTMLReport.escape(item.label))</li>\n"
        }
        body += "</ol></aside></main>\n"
        html = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>PlanGraph view — \(HTMLReport.escape(title))</title>
            <style>
            body { margin: 0; font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; color: #222; }
            header { padding: 6px 16px; border-bottom: 1px solid #ccc; height: 58px; box-sizing: border-box; }
            header h1 { font-size: 16px; margin: 0; }
            header p { font-size: 12px; margin: 4px 0 0; color: #555; }
            main { display: flex; height: calc(100vh - 58px); }
            #pages { flex: 1; overflow: auto; background: #888; padding: 12px; }
            .page { position: relative; margin: 0 auto 12px; background: #fff; box-shadow: 0 1px 4px #0006; }
            .page img { display: block; width: 100%; }
            .page-number { position: absolute; right: 6px; bottom: 4px; font-size: 11px; color: #999; }
            .box { position: absolute; box-sizing: border-box; border: 1.5px solid; border-radius: 2px; }
            .box.table, .key.table { border-color: #1f6fd1; background: #1f6fd126; }
            .box.name, .key.name { border-color: #8a8a8a; background: #8a8a8a1a; }
            .box.target, .key.target { border-color: #d1461f; background: #d1461f26; }
            .box.observation, .key.observation { border-color: #2e9d4a; background: #2e9d4a26; }
            .box.selected { outline: 3px solid #ffbf00; z-index: 2; }
            .key { border: 1.5px solid; padding: 0 4px; }
            aside { width: 440px; overflow: auto; border-left: 1px solid #ccc; font-size: 13px; }
            aside ol { list-style: none; margin: 0; padding: 0; }
            .item { padding: 4px 10px; border-bottom: 1px solid #eee; border-left: 4px solid; cursor: pointer; }
            .item.table { border-left-color: #1f6fd1; } .item.name { border-left-color: #8a8a8a; }
            .item.target { border-left-color: #d1461f; } .item.observation { border-left-color: #2e9d4a; }
            .item.unplaced { color: #999; cursor: default; }
            .item.selected { background: #fff3c4; }
            .where { color: #888; font-size: 11px; }
            </style></head><body>
            \(body)<script>
            function select(id) {
              document.querySelectorAll('.selected').forEach(e => e.classList.remove('selected'));
              const item = document.getElementById('item-' + id), box = document.getElementById('box-' + id);
              if (item) { item.classList.add('selected'); }
              if (box) { box.classList.add('selected'); }
              return { item, box };
            }
            document.querySelectorAll('.item').forEach(item => item.addEventListener('click', () => {
              const { box } = select(item.id.slice(5));
              if (box) { box.scrollIntoView({ block: 'center', inline: 'center' }); }
            }));
            document.querySelectorAll('.box').forEach(box => box.addEventListener('click', event => {
              event.preventDefault();
              const { item } = select(box.id.slice(4));
              if (item) { item.scrollIntoView({ block: 'center' }); }
            }));
            if (location.hash.startsWith('#item-')) { const { box } = select(location.hash.slice(6)); if (box) box.scrollIntoView({ block: 'center' }); }
            </script></body></html>

            """
    }

    /// The values of the graph in page and line order: each indicator's name cell and value cells, each
    /// target and observation.
    static func items(of graph: PlanGraph) -> [Item] {
        var items: [Item] = []
        func base(_ si: Quantity.SIValue?) -> String {
            guard let si, let value = si.value else { return "—" }
            return "\(value) \(si.unit)"
        }
        for indicator in graph.indicators {
            items.append(Item(id: "\(indicator.id)", kind: "name", label: "\(indicator.name)" + (indicator.unit.map { " (\($0.text))" } ?? ""),
                              tooltip: "indicator \(indicator.id) · concept \(indicator.concept ?? "—") · unit \(indicator.unit?.text ?? "—")"
                                  + (indicator.attribute.map { " · \($0.rawValue)" } ?? ""),
                              span: indicator.span))
            for (position, value) in indicator.values.enumerated() {
                items.append(Item(id: "\(indicator.id)-\(position)", kind: "table",
                                  label: "\(indicator.name) · \(value.role.rawValue) \(value.year.map(String.init) ?? ""): \(value.text)",
                                  tooltip: "concept \(indicator.concept ?? "—") · year \(value.year.map(String.init) ?? "—") · role \(value.role.rawValue)"
                                      + " · unit \(value.unit ?? indicator.unit?.text ?? "—") · base unit \(base(value.si))",
                                  span: value.span))
            }
        }
        for (kind, entries) in [("target", graph.targets), ("observation", graph.observations)] {
            for entry in entries {
                let reading = entry.si?.value.map { "\((entry.comparator.map { "\($0.rawValue) " } ?? ""))\($0) \(entry.si!.unit)" }
                    ?? entry.qualitative ?? ""
                items.append(Item(id: entry.id, kind: kind, label: "\(entry.subject) · \(entry.year.map(String.init) ?? "") \(reading)",
                                  tooltip: "concept \(entry.concept ?? "—") · year \(entry.year.map(String.init) ?? "—") · role \(kind)"
                                      + (entry.aspiration ? " (力争)" : "") + " · unit \(entry.unit ?? "—") · base unit \(base(entry.si))"
                                      + " · \(entry.text)",
                                  span: entry.span))
            }
        }
        return items.enumerated().sorted { ($0.element.span.page ?? 0, $0.element.span.line, $0.offset) < ($1.element.span.page ?? 0, $1.element.span.line, $1.offset) }
            .map(\.element)
    }
}
