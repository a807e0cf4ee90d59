import Foundation

/// Reads a whole input file, turning the file system's failures into `ReadError`s.
enum FileBytes {
    static func read(_ path: String) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound
        }
        if isDirectory.boolValue { throw .isDirectory }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable("permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        if data.isEmpty { throw .emptyFile }
        return [UInt8](data)
    }
}
