import Foundation

/// The user's home directory, for `~/…` file names.
enum FileManagerHome {
    static var path: String { FileManager.default.homeDirectoryForCurrentUser.path }
}

extension FileManagerHome {
    /// `~/x` as a path in the home directory; other paths unchanged.
    static func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? FileManagerHome.path + path.dropFirst(1) : path
    }
}
