import Testing

@Test("scaffolding builds") func scaffolding() { #expect(Bool(true)) }
