/// Decides, request by request, whether to inject a fault: deterministic for a given seed
/// and request order.
actor FaultSchedule {
    private var random: SeededGenerator
    private let rate: Double
    private let faults: [SandboxFault]
    private let methods: Set<String>?

    init(configuration: SandboxConfiguration) {
        random = SeededGenerator(seed: configuration.faultSeed)
        rate = min(max(configuration.faultRate, 0), 1)
        faults = configuration.faults
        methods = configuration.faultMethods.map { Set($0.map { $0.uppercased() }) }
    }

    /// The fault for the next request with this method, or `nil` to answer normally.
    func next(method: String) -> SandboxFault? {
        guard rate > 0, !faults.isEmpty, methods?.contains(method.uppercased()) ?? true else { return nil }
        let roll = random.nextUnit()
        let pick = random.pick(faults)
        return roll < rate ? pick : nil
    }
}
