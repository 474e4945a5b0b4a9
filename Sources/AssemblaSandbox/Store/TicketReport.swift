/// The `report` parameter of the ticket list (Assembla's newer numbering): 0 all (default),
/// 1 active, 2 all, 3 active, 4 closed, 5 closed, 6 all of mine, 7 my active, 8 my closed,
/// 9 my followed (open). Unknown reports (including custom `u…` ones) list everything.
struct TicketReport {
    let report: Int
    let caller: String

    init(_ text: String?, caller: String) {
        report = text.flatMap { Int($0) } ?? 0
        self.caller = caller
    }

    /// Whether the report lists every ticket (0, 2 and unknown reports).
    var includesAll: Bool { ![1, 3, 4, 5, 6, 7, 8, 9].contains(report) }

    func includes(_ ticket: TicketRecord) -> Bool {
        let mine = ticket.assignedToId == caller
        switch report {
        case 1, 3: return ticket.state == 1
        case 4, 5: return ticket.state == 0
        case 6: return mine
        case 7: return mine && ticket.state == 1
        case 8: return mine && ticket.state == 0
        case 9: return ticket.state == 1 && ticket.notificationList.contains(caller)
        default: return true
        }
    }
}
