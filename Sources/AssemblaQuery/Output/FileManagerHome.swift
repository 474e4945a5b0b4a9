import Foundation

/// The user's home directory, for `~/…` file names.
enum FileManagerHome {
    static var path: String { FileManager.default.homeDirectoryForCurrentUser.path }
}
