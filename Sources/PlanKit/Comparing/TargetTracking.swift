import Foundation

/// A plan's targets against the values later documents report (`plangraph track`): status met, on
/// track, at risk, missed or no data, with the evidence each status rests on.
///
/// Direction matters: for a concentration lower is better, for a coverage higher (the target's own
/// comparator first, else the concept's direction of improvement). A value reported “截至11月17日” is
/// for part of its year, which the note says.
public struct TargetTracking: Codable, Sendable, Equatable {
    public struct Evidence: Codable, Sendable, Equatable {
        public var document: String
        public var year: Int?
        /// `progress` or `forecast` (a review's table), or `observation` (the prose).
        public var kind: Kind
        public var text: String
        public var value: Decimal?
        public var si: Quantity.SIValue?
        public var asOf: String?
        public var span: Span

        public enum Kind: String, Codable, Sendable, CaseIterable {
            case progress
            case forecast
            case observation
        }
    }

    /// Where a target stands against the evidence.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case met
        case onTrack = "on track"
        case atRisk = "at risk"
        case missed
        case noData = "no data"
    }

    public struct Item: Codable, Sendable, Equatable {
        public var concept: String
        public var name: String
        public var year: Int?
        /// The target as the plan states it, and where.
        public var target: String
        public var si: Quantity.SIValue?
        public var span: Span
        /// `met`, `on track`, `at risk`, `missed` or `no data`.
        public var status: Status
        public var evidence: [Evidence]
        public var note: String?
    }

    public var plan: DocumentInfo
    public var reports: [DocumentInfo]
    public var items: [Item]

    public init(plan: PlanGraph, reports: [PlanGraph]) {
        self.plan = plan.document
        self.reports = reports.map(\.document)
        var items: [Item] = []
        var seen: Set<String> = []
        // The plan's targets: its table first, then prose targets the table does not already state.
        var planTargets: [(concept: String, year: Int?, text: String, si: Quantity.SIValue?, comparator: Comparator?, span: Span)] = []
        for indicator in plan.indicators {
            guard let concept = indicator.concept, let target = indicator.values.first(where: { $0.role == .target }) else { continue }
            planTargets.append((concept, target.year, target.text, target.si, target.comparator, target.span))
        }
        for target in plan.targets where !target.aspiration && target.indicator == nil && target.baseYear == nil {
            guard let concept = target.concept else { continue }
            planTargets.append((concept, target.year, target.text, target.si, target.comparator, target.span))
        }
        for target in planTargets where seen.insert(target.concept).inserted {
            let concept = ConceptCatalog.shared.concepts.first { $0.id == target.concept }
            let evidence = Self.evidence(for: target.concept, in: reports)
            let (status, note) = Self.status(target: target.si, comparator: target.comparator, year: target.year,
                                             direction: concept?.direction, evidence: evidence)
            items.append(Item(concept: target.concept, name: concept?.name ?? target.concept, year: target.year, target: target.text,
                              si: target.si, span: target.span, status: status, evidence: evidence, note: note))
        }
        self.items = items
    }

    private static func evidence(for concept: String, in reports: [PlanGraph]) -> [Evidence] {
        var evidence: [Evidence] = []
        for report in reports {
            for indicator in report.indicators where indicator.concept == concept {
                for value in indicator.values where value.role == .progress || value.role == .forecast {
                    evidence.append(Evidence(document: report.document.id, year: value.year,
                                             kind: value.role == .progress ? .progress : .forecast, text: value.text,
                                             value: value.value, si: value.si, asOf: nil, span: value.span))
                }
            }
            for observation in report.observations where observation.concept == concept && observation.baseYear == nil {
                evidence.append(Evidence(document: report.document.id, year: observation.year, kind: .observation,
                                         text: observation.text, value: observation.value, si: observation.si,
                                         asOf: observation.asOf, span: observation.span))
            }
        }
        return evidence.sorted { ($0.year ?? 0, $0.kind == .forecast ? 1 : 0) < ($1.year ?? 0, $1.kind == .forecast ? 1 : 0) }
    }

    /// Whether `value` satisfies the target: at most it when lower is better, at least it otherwise.
    private static func satisfies(_ value: Decimal, _ target: Decimal, comparator: Comparator?, direction: Direction?) -> Bool {
        (comparator?.isUpperBound ?? (direction == .decrease)) ? value <= target : value >= target
    }

    static func status(target: Quantity.SIValue?, comparator: Comparator?, year: Int?, direction: Direction?,
                       evidence: [Evidence]) -> (Status, String?) {
        guard let target, let goal = target.value else {
            // A qualitative target (全部消除, 不减少) is judged by the review's forecast only.
            if let forecast = evidence.last(where: { $0.kind == .forecast }) {
                return (forecast.text.containsBytes(of: "不确定") ? .atRisk : .onTrack, "forecast: \(forecast.text)")
            }
            return (.noData, "the target has no number to compare")
        }
        let measured = evidence.filter { $0.kind != .forecast && $0.si?.unit == target.unit && $0.si?.value != nil }
        if let latest = measured.last, let value = latest.si?.value {
            let measurement = value.displayText() + (target.unit == "1" ? "" : " \(target.unit)")
            let partial = latest.asOf.map { " (\(latest.year.map(String.init) ?? "") through \($0), a partial year)" } ?? ""
            if let year, let reported = latest.year, reported >= year {
                return satisfies(value, goal, comparator: comparator, direction: direction)
                    ? (.met, "\(measurement) in \(reported)\(partial)")
                    : (.missed, "\(measurement) in \(reported)\(partial)")
            }
            if let forecast = evidence.last(where: { $0.kind == .forecast }), forecast.year ?? 0 >= latest.year ?? 0 {
                if forecast.text.containsBytes(of: "不确定") { return (.atRisk, "forecast: \(forecast.text)") }
                if forecast.text.containsBytes(of: "可以完成") || forecast.text.containsBytes(of: "能够完成") { return (.onTrack, "forecast: \(forecast.text)") }
            }
            return satisfies(value, goal, comparator: comparator, direction: direction)
                ? (.onTrack, "\(measurement) in \(latest.year.map(String.init) ?? "?")\(partial)")
                : (.atRisk, "\(measurement) in \(latest.year.map(String.init) ?? "?")\(partial)")
        }
        if let forecast = evidence.last(where: { $0.kind == .forecast }) {
            return (forecast.text.containsBytes(of: "不确定") ? .atRisk : .onTrack, "forecast: \(forecast.text)")
        }
        return (.noData, nil)
    }
}

extension TargetTracking: TabularComparison {
    /// The table, CSV and Markdown views: concept, target (year), status, the evidence, the note.
    public var header: [String] { ["concept", "target", "status", "evidence", "note"] }

    public var tableRows: [[String]] {
        items.map { item in
            [item.concept, "\(item.target) (\(item.year.map(String.init) ?? "?"))", item.status.rawValue,
             item.evidence.map { "\($0.year.map(String.init) ?? "?") \($0.kind.rawValue): \($0.text)" }.joined(separator: "; "), item.note ?? ""]
        }
    }
}
