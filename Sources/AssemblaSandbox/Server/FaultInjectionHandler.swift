import NIOCore
import NIOHTTPTypes
import HTTPTypes

/// A channel handler below Hummingbird that carries out the two faults a responder cannot
/// express as a response: it sees the marker header ``markerName`` on an outgoing head and
/// either closes the connection before any byte is sent (connection reset) or sends the head
/// and body, then closes instead of finishing (truncated body: `Content-Length` promises more).
final class FaultInjectionHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The internal header a responder sets to ask for a fault; never sent to clients.
    static let markerName = HTTPField.Name("X-Sandbox-Fault")!
    static let resetMarker = "connection-reset"
    static let truncateMarker = "truncated-body"

    private enum Mode { case normal, dropping, truncating }
    private var mode = Mode.normal

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head):
            switch head.headerFields[Self.markerName] {
            case Self.resetMarker?:
                mode = .dropping
                promise?.succeed(())
                context.close(promise: nil)
            case Self.truncateMarker?:
                mode = .truncating
                head.headerFields[Self.markerName] = nil
                context.write(wrapOutboundOut(.head(head)), promise: promise)
            default:
                mode = .normal
                context.write(data, promise: promise)
            }
        case .body:
            if mode == .dropping { promise?.succeed(()) } else { context.write(data, promise: promise) }
        case .end:
            switch mode {
            case .normal:
                context.write(data, promise: promise)
            case .dropping:
                promise?.succeed(())
            case .truncating:
                context.flush()
                promise?.succeed(())
                context.close(promise: nil)
            }
            mode = .normal
        }
    }
}
