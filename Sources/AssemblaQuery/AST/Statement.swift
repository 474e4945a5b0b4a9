/// `> FILE` or `>> FILE` after a statement.
struct Redirect: Sendable, Equatable {
    let path: String
    let append: Bool
    let range: SourceRange
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
