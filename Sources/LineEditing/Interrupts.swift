import CEditLine

/// Ctrl-C while no line is being read: the SIGINT handler (installed by `LineEditor`) only
/// records the signal; whoever runs a long task polls `take()` and cancels it.
public enum Interrupts {
    /// Installs the SIGINT handler (without SA_RESTART) and its watcher thread. Idempotent.
    public static func install() {
        _ = assembla_sigint_install()
    }

    /// Returns true once per Ctrl-C received while no line is being read; false while the
    /// line editor is reading (Ctrl-C then belongs to it).
    public static func take() -> Bool {
        guard assembla_reader_is_active() == 0 else { return false }
        return assembla_sigint_take() != 0
    }
}
