/// `> FILE` or `>> FILE` after a statement (or `save FILE`).
struct Redirect: Sendable, Equatable {
    /// The file name as written; it may refer to `$1` or `$name` (resolved when the statement runs).
    let target: TextTemplate
    let append: Bool
    let range: SourceRange

    init(target: TextTemplate, append: Bool, range: SourceRange) {
        self.target = target
        self.append = append
        self.range = range
    }

    /// A redirect to a file name known already.
    init(path: String, append: Bool, range: SourceRange) {
        self.init(target: TextTemplate(path), append: append, range: range)
    }

    /// The file name, variables shown as `$name` until resolved.
    var path: String { FileManagerHome.expand(target.written) }
}

/// One statement of a script.
struct Statement: Sendable, Equatable {
    /// What the statement does.
    enum Kind: Sendable, Equatable {
        /// Runs a pipeline and prints (or redirects) its result.
        case pipeline(Pipeline)
        /// `let NAME = pipeline`: evaluates the pipeline and binds its result.
        case binding(name: String, nameRange: SourceRange, pipeline: Pipeline)
        /// `explain pipeline`: prints the pipeline's plan and sends nothing.
        case explain(Pipeline)
    }

    let kind: Kind
    let redirect: Redirect?
    let range: SourceRange

    var pipeline: Pipeline {
        switch kind {
        case .pipeline(let pipeline), .binding(_, _, let pipeline), .explain(let pipeline): return pipeline
        }
    }
}

/// A parsed script: statements in order.
struct Script: Sendable, Equatable {
    let statements: [Statement]
}
