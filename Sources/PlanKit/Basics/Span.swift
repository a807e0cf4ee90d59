import Foundation

/// Where an element came from in the source document.
///
/// `page` is 1-based (PDF only; nil for text files), `line` is the 1-based line of the source text on
/// which the element starts, and `start`/`end` are Unicode-scalar offsets into the whole source text,
/// `end` exclusive. `box` is where a PDF prints it: the rectangle around its glyphs on `page`.
public struct Span: Codable, Hashable, Sendable {
    public var page: Int?
    public var line: Int
    public var start: Int
    public var end: Int
    /// The bounding box of the element's glyphs on its first page, in PDF points from the page's top
    /// left (poppler's text layout); nil for text files.
    public var box: Box?

    /// A rectangle on a PDF page in points, origin at the top left, y downwards; to 0.01 pt.
    public struct Box: Codable, Hashable, Sendable {
        /// The four sides in hundredths of a point, the precision boxes are made to: a graph holds a
        /// box for every span, and writing them from integers took a third of the JSON stage's time
        /// that formatting Decimals did.
        public var hundredths: (x: Int, y: Int, width: Int, height: Int) {
            get { (xHundredths, yHundredths, widthHundredths, heightHundredths) }
            set { (xHundredths, yHundredths, widthHundredths, heightHundredths) = newValue }
        }
        private var xHundredths: Int
        private var yHundredths: Int
        private var widthHundredths: Int
        private var heightHundredths: Int

        public var x: Decimal {
            get { Self.decimal(xHundredths) }
            set { xHundredths = Self.hundredths(newValue) }
        }
        public var y: Decimal {
            get { Self.decimal(yHundredths) }
            set { yHundredths = Self.hundredths(newValue) }
        }
        public var width: Decimal {
            get { Self.decimal(widthHundredths) }
            set { widthHundredths = Self.hundredths(newValue) }
        }
        public var height: Decimal {
            get { Self.decimal(heightHundredths) }
            set { heightHundredths = Self.hundredths(newValue) }
        }

        /// A box of these sides, each to the nearest hundredth of a point.
        public init(x: Decimal, y: Decimal, width: Decimal, height: Decimal) {
            self.init(hundredths: (Self.hundredths(x), Self.hundredths(y), Self.hundredths(width), Self.hundredths(height)))
        }

        public init(hundredths: (x: Int, y: Int, width: Int, height: Int)) {
            (xHundredths, yHundredths, widthHundredths, heightHundredths) = hundredths
        }

        private enum CodingKeys: String, CodingKey { case height, width, x, y }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(x: try container.decode(Decimal.self, forKey: .x), y: try container.decode(Decimal.self, forKey: .y),
                      width: try container.decode(Decimal.self, forKey: .width),
                      height: try container.decode(Decimal.self, forKey: .height))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(height, forKey: .height)
            try container.encode(width, forKey: .width)
            try container.encode(x, forKey: .x)
            try container.encode(y, forKey: .y)
        }

        /// A hundredths count as the Decimal it stands for: 1250 → 12.5.
        static func decimal(_ hundredths: Int) -> Decimal {
            Decimal(sign: hundredths < 0 ? .minus : .plus, exponent: -2, significand: Decimal(hundredths.magnitude))
        }

        /// A length in points to the nearest hundredth (half away from zero).
        static func hundredths(_ points: Decimal) -> Int {
            var scaled = points * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 0, .plain)
            return NSDecimalNumber(decimal: rounded).intValue
        }

        /// What `Decimal.description` writes for `hundredths` / 100, without making the Decimal:
        /// 1250 → "12.5", 1200 → "12", 5 → "0.05", -5 → "-0.05".
        static func text(_ hundredths: Int) -> String {
            let magnitude = hundredths.magnitude
            let whole = String(magnitude / 100)
            let fraction = Int(magnitude % 100)
            let sign = hundredths < 0 ? "-" : ""
            if fraction == 0 { return sign + whole }
            if fraction % 10 == 0 { return sign + whole + "." + String(fraction / 10) }
            return sign + whole + (fraction < 10 ? ".0" : ".") + String(fraction)
        }
    }

    public init(page: Int?, line: Int, start: Int, end: Int, box: Box? = nil) {
        self.page = page
        self.line = line
        self.start = start
        self.end = end
        self.box = box
    }
}
