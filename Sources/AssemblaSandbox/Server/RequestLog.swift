/// The ordered record of every request a server answered (``SandboxServer/requests()``).
actor RequestLog {
    private(set) var records: [SandboxRequestRecord] = []

    func append(_ record: SandboxRequestRecord) { records.append(record) }

    func reset() { records.removeAll() }
}
