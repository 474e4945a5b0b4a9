// libFuzzer entry point for lexer → parser → checker → AST printer → diagnostic formatter.
// Compiled by scripts/fuzz into the AssemblaQuery module itself (it reaches internal types),
// with -sanitize=fuzzer,address; never part of the SwiftPM build.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func assemblaFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let file = SourceFile(text: text, name: "fuzz.asm")
    let script: Script
    do {
        var parser = try Parser(source: file, acceptsFilters: Session.acceptsFilters)
        script = try parser.parseScript()
    } catch {
        precondition(error.range.end.offset <= file.characters.count + 1, "error range outside the source")
        _ = DiagnosticFormatter(source: file, width: 80).render(error)
        return 0
    }
    do {
        try Checker(state: Environment()).check(script)
    } catch {
        _ = DiagnosticFormatter(source: file, width: 80).render(error)
    }
    let printed = ASTPrinter.print(script)
    do {
        var again = try Parser(source: SourceFile(text: printed, name: nil), acceptsFilters: Session.acceptsFilters)
        let reparsed = try again.parseScript()
        precondition(ASTPrinter.print(reparsed) == printed, "parse(print(ast)) != ast: \(printed)")
    } catch {
        preconditionFailure("the printed script does not parse: \(printed): \(error.message)")
    }
    return 0
}
