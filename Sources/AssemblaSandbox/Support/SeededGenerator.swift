/// A small deterministic random number generator (SplitMix64): the same seed always
/// yields the same sequence, on every platform, so seeded data and fault schedules repeat
/// (tests use it too, so a failing random case can be replayed).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// Creates a generator whose seed is derived from a label (FNV-1a of its UTF-8 bytes).
    init(label: String) { state = SeededGenerator.hash(label) }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in 0..<1.
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { nextUnit() < p }

    /// FNV-1a, 64 bits.
    static func hash(_ text: String, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var h = seed
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01B3
        }
        return h
    }

    /// A 22-character URL-safe id (like Assembla's `dQl8Keoo8r5i9XcaaN1ZW_`) derived from a label.
    static func identifier(for label: String) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var generator = SeededGenerator(label: "id:" + label)
        return String((0..<22).map { _ in alphabet[Int(generator.next() % 64)] })
    }
}
