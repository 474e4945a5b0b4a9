import Foundation
import Testing
@testable import Assembla

@Suite("API dates")
struct APIDateTests {
    @Test("parses the timestamp forms the API sends", arguments: [
        ("2014-09-10T13:39:40Z", 1_410_356_380.0),
        ("2014-09-08T16:32:06+03:00", 1_410_183_126.0),
        ("2014-09-17T16:02:13+05:30", 1_410_949_933.0),
        ("2014-09-10T13:39:40.250Z", 1_410_356_380.25),
        ("2014-09-10 13:39:40Z", 1_410_356_380.0),
        ("2014-09-10T13:39:40-0100", 1_410_359_980.0),
        ("2014-09-18", 1_410_998_400.0),
    ])
    func parses(text: String, seconds: Double) {
        #expect(APIDate.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test("rejects what is not a date", arguments: ["", "yesterday", "2014-13-01", "2014-09-10T25:00:00Z", "2014-09-10T13:39:40Q"])
    func rejects(text: String) {
        #expect(APIDate.parse(text) == nil)
    }

    @Test("formats timestamps and parameters in UTC")
    func formats() {
        let date = Date(timeIntervalSince1970: 1_410_356_380)
        #expect(APIDate.timestamp(date) == "2014-09-10T13:39:40Z")
        #expect(APIDate.minuteParameter(date) == "2014-09-10 13:39")
        #expect(APIDate.day(date) == "2014-09-10")
    }
}
