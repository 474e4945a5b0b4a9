@testable import AssemblaQuery
import Testing
