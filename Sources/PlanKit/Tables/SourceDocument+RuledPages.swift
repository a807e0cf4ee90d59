extension SourceDocument {
    /// Reads a PDF or a text file; a file is a PDF when it starts with `%PDF-` or is named `*.pdf`.
    ///
    /// `encoding` overrides detection for text files; `password` opens an encrypted PDF; `limits` stop a
    /// pathological PDF from stalling a batch. The PDF pages that may hold an indicator table
    /// (`IndicatorCells.mayHoldTable`) have their ruling lines read.
    public init(reading path: String, encoding: TextEncoding? = nil, password: String? = nil,
                limits: ReadLimits = ReadLimits()) throws(ReadError) {
        try self.init(reading: path, encoding: encoding, password: password, limits: limits,
                      pagesToRule: IndicatorCells.mayHoldTable(pageText:))
    }
}
