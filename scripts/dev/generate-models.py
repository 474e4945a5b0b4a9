#!/usr/bin/env python3
"""Generates Sources/Assembla/Models/<Model>.swift from the field tables below (API order).

Kinds: S String, I Int, D Double, B Bool, T timestamp (Date), Y calendar day (CalendarDay),
X YAML-ish text (String), L [String] (a comma-separated string is split), M [String: String],
U URL (an empty or unparsable one decodes as nil), E:Type an Int-backed value type and
N:Type a String-backed one (RawRepresentable, unknown values kept), R:Type a nested record;
a trailing ? marks fields the API nulls or omits. Each model gets a public memberwise
initialiser, `Identifiable` when it has an `id`, lenient decoding and an encoding that decodes
again (dates as ISO 8601 text), and its `apiFields` for the language.
Run from the package root: scripts/dev/generate-models.py
"""
import os, re

SWIFT = {'S': 'String', 'I': 'Int', 'D': 'Double', 'B': 'Bool', 'T': 'Date', 'Y': 'CalendarDay',
         'X': 'String', 'L': '[String]', 'M': '[String: String]', 'U': 'URL'}
DECODE = {'S': 'lenient', 'I': 'lenient', 'D': 'lenient', 'B': 'lenient', 'T': 'date', 'Y': 'day',
          'X': 'text', 'L': 'strings', 'M': 'stringMap', 'U': 'url', 'E': 'lenient', 'N': 'lenient', 'R': 'lenient'}
FIELD = {'S': 'string', 'I': 'int', 'D': 'double', 'B': 'bool', 'T': 'date', 'X': 'string',
         'L': 'strings', 'M': 'object'}
# How a typed value becomes a FieldValue (the language sees raw values, as before).
WRAP = {'Y': '{ .day($0.rawValue) }', 'U': '{ .string($0.absoluteString) }', 'E': '{ .int($0.rawValue) }',
        'N': '{ .string($0.rawValue) }', 'R': '{ .object($0.fields) }'}

MODELS = [
 ('Space', 'A space (project): `GET /v1/spaces`, `GET /v1/spaces/:id`.', [
  ('id','S','22-character URL-safe id'), ('name','S','display name'), ('description','S?','description'),
  ('wiki_name','S','URL name, usable in place of the id'), ('public_permissions','E:PermissionLevel','0 none, 1 view'),
  ('team_permissions','E:PermissionLevel','1 view, 2 edit, 3 all'), ('watcher_permissions','E:PermissionLevel','watchers\' level: 0 none, 1 view, 2 edit, 3 all'),
  ('share_permissions','B','whether sharing is allowed'), ('team_tab_role','I','who sees the Team tab: 0, 10, 50 or 90'),
  ('created_at','T','creation time'), ('updated_at','T','last update'), ('default_showpage','S?','start tab'),
  ('tabs_order','X?','tab order (YAML text)'), ('parent_id','S?','portfolio id'), ('restricted','B','restricted space'),
  ('restricted_date','T?','when restricted'), ('commercial_from','T?','commercial since'), ('banner','S?','banner'),
  ('banner_height','I?','banner height'), ('banner_text','S?','banner text'), ('banner_link','S?','banner link'),
  ('style','S?','style'), ('status','E:SpaceStatus','0 proposed, 1 active, 2 archived'), ('approved','B','approved'),
  ('is_manager','B','caller manages the space'), ('is_volunteer','B','volunteer space'),
  ('is_commercial','B','commercial space'), ('can_join','B','others may join'), ('can_apply','B','others may apply'),
  ('last_payer_changed_at','T?','last payer change')]),
 ('SpaceTool', 'A tool installed in a space (Tickets, Git, Wiki, …).', [
  ('id','S','tool id'), ('space_id','S','space id'), ('active','B','active'), ('url','U?','repository URL'),
  ('number','I','instance number'), ('tool_id','I','tool type (13 tickets, 128 git, …)'), ('type','S','class name, e.g. GitTool'),
  ('created_at','T','creation time'), ('team_permissions','E:PermissionLevel?','team\'s level: 0 none, 1 view, 2 edit, 3 all'), ('watcher_permissions','E:PermissionLevel?','watchers\' level'),
  ('public_permissions','E:PermissionLevel?','public level'), ('parent_id','S?','fork parent'), ('menu_name','S','menu name, e.g. Tickets'),
  ('name','S','tool name (e.g. git) or its id')]),
 ('Milestone', 'A milestone of a space.', [
  ('id','I','milestone id'), ('due_date','Y?','due day, `YYYY-MM-DD` (no time or zone)'), ('title','S','title'), ('user_id','S?','responsible user id'),
  ('created_at','T','creation time'), ('created_by','S?','creator id'), ('space_id','S','space id'),
  ('description','S?','description'), ('is_completed','B','completed'), ('completed_date','Y?','completion day, `YYYY-MM-DD`'),
  ('updated_at','T','last update'), ('updated_by','S?','last updater id'), ('release_level','I?','1 alpha, 2 beta, 3 stable'),
  ('release_notes','S?','release notes'), ('planner_type','I?','0 none, 1 backlog, 2 current'),
  ('pretty_release_level','S?','release level as text')]),
 ('Ticket', 'A ticket of a space.', [
  ('id','I','global id'), ('number','I','number within the space'), ('summary','S','summary'),
  ('description','S?','description'), ('priority','E:TicketPriority','1 highest … 5 lowest'), ('completed_date','T?','completion time'),
  ('component_id','I?','component (deprecated)'), ('created_on','T','creation time'), ('permission_type','E:TicketPermissionType?','0 normal, 1 private, 2 public support'),
  ('importance','D?','planner ordering'), ('is_story','B?','whether it is a story'), ('milestone_id','I?','milestone id'),
  ('notification_list','L?','ids of the users notified (the API sends them comma-separated)'), ('space_id','S','space id'), ('state','E:TicketState','1 open, 0 closed'),
  ('status','S','status name, e.g. New'), ('story_importance','I?','story size'), ('updated_at','T','last update'),
  ('working_hours','D?','remaining work, in hours'), ('estimate','D?','estimate, in hours'), ('total_estimate','D?','estimate with subtasks, in hours'),
  ('total_invested_hours','D?','hours logged, with subtasks'), ('total_working_hours','D?','remaining hours, with subtasks'),
  ('assigned_to_id','S?','assignee user id'), ('reporter_id','S?','reporter user id'),
  ('custom_fields','M','custom field values by title'), ('hierarchy_type','I?','0 none, 1 subtask, 2 story, 3 epic')]),
 ('TicketComment', 'A comment on a ticket.', [
  ('id','I','comment id'), ('comment','S?','text'), ('ticket_id','I','ticket id (not number)'), ('user_id','S','author id'),
  ('created_on','T','creation time'), ('updated_at','T?','last update'), ('ticket_changes','X?','changes made (YAML text)')]),
 ('Tag', 'A ticket tag of a space.', [
  ('id','I','tag id'), ('name','S','name'), ('space_id','S?','space id'), ('state','E:TagState','1 proposed, 2 active, 4 hidden'),
  ('created_at','T?','creation time'), ('updated_at','T?','last update')]),
 ('TicketStatus', 'A ticket status of a space\'s workflow.', [
  ('id','I','status id'), ('space_tool_id','S?','tickets tool id'), ('name','S','name, e.g. Test'), ('state','E:TicketState','1 open, 0 closed'),
  ('list_order','I?','position'), ('created_at','T?','creation time'), ('updated_at','T?','last update')]),
 ('CustomField', 'A custom ticket field defined in a space.', [
  ('id','I','field id'), ('space_tool_id','S?','tickets tool id'), ('type','S','Text, Numeric, Team List, List or Date'),
  ('title','S','title (the key in a ticket\'s custom_fields)'), ('order','I?','position'), ('required','B','required'),
  ('hide','B','hidden'), ('default_value','S?','default value'), ('list_options','L?','choices of a List field'),
  ('created_at','T?','creation time'), ('updated_at','T?','last update')]),
 ('User', 'A user.', [
  ('id','S','22-character user id'), ('login','S','login'), ('name','S','full name'), ('picture','U?','picture URL'),
  ('email','S?','email (when visible)'), ('organization','S?','organization'), ('phone','S?','phone'),
  ('im','M?','instant messenger (type, id)'), ('im2','M?','second messenger (type, id)')]),
 ('UserRole', 'A user\'s membership of a space.', [
  ('id','I','role id'), ('user_id','S','user id'), ('space_id','S','space id'), ('role','N:MemberRole','watcher, member or owner'),
  ('status','I?','1 invited, 2 accepted, 3 removed'), ('invited_time','T?','invitation time'), ('agreed_time','T?','acceptance time'),
  ('title','S?','title in the space'), ('invited_by_id','S?','inviter id')]),
 ('TimeEntry', 'A task (time entry): hours a user worked in a space.', [
  ('id','I','task id'), ('description','S?','what was done'), ('url','U?','link'), ('hours','D','hours worked, a decimal number (sent as text by the API)'),
  ('begin_at','T','start'), ('end_at','T?','end'), ('billed','B?','billed'), ('space_id','S?','space id'),
  ('ticket_number','I?','ticket number'), ('ticket_id','I?','ticket id'), ('user_id','S','user id'),
  ('job_agreement_id','I?','job agreement'), ('created_at','T?','creation time'), ('updated_at','T?','last update')]),
 ('StreamEvent', 'An activity-stream event (`GET /v1/activity`).', [
  ('date','T','when it happened'), ('operation','N:StreamOperation','created, updated, commented, …'), ('object','N:StreamObject','Ticket, Ticket Comment, Milestone, Wiki Page, …'),
  ('object_id','S?','the object\'s id or number'), ('title','S?','summary'), ('url','U?','link'), ('space_id','S?','space id'),
  ('space_name','S?','space name'), ('author_id','S?','author id'), ('author_name','S?','author name'),
  ('whatchanged','S?','what changed (ticket comments)'), ('ticket','R:StreamTicket?','the ticket an event is about: id, number, summary, operation'),
  ('comment_or_description','S?','comment or description, shortened')]),
]

EXTRA_DECODE = {
 ('Ticket', 'status'): 'try extra.lenient(.statusName) ?? c.required(.status)',
 ('Ticket', 'custom_fields'): 'try c.stringMap(.customFields) ?? [:]',
}
EXTRA_KEYS = {'Ticket': ['case statusName = "status_name"']}

def camel(name):
    """snake_case → lowerCamelCase with `ID` for id (`space_id` → `spaceID`)."""
    parts = name.split('_')
    return parts[0] + ''.join('ID' if p == 'id' else p[:1].upper() + p[1:] for p in parts[1:])

def parse(kind):
    """'E:TicketPriority?' → ('E', 'TicketPriority', True)."""
    opt = kind.endswith('?'); base = kind.rstrip('?')
    k, _, named = base.partition(':')
    return k, named or SWIFT[k], opt

def decode_expr(model, api, kind):
    k, swift, opt = parse(kind); name = camel(api)
    if (model, api) in EXTRA_DECODE:
        return EXTRA_DECODE[(model, api)]
    if k == 'T':
        return f'try c.date(.{name})' if opt else f'try c.requiredDate(.{name})'
    if DECODE[k] == 'lenient':
        return f'try c.lenient(.{name})' if opt else f'try c.required(.{name})'
    expr = f'try c.{DECODE[k]}(.{name})'
    if not opt:
        expr += f' ?? {{ throw DecodingError.keyNotFound(CodingKeys.{name}, .init(codingPath: c.codingPath, debugDescription: "missing {api}")) }}()'
    return expr

def encode_stmt(api, kind):
    k, swift, opt = parse(kind); name = camel(api)
    value = name
    if k == 'T':
        value = f'{name}.map(APIDate.codingTimestamp)' if opt else f'APIDate.codingTimestamp({name})'
    elif k == 'U':
        value = f'{name}?.absoluteString' if opt else f'{name}.absoluteString'
    method = 'encodeIfPresent' if opt else 'encode'
    return f'try c.{method}({value}, forKey: .{name})'

def field_value(api, kind):
    k, swift, opt = parse(kind); name = camel(api)
    if k in WRAP:
        wrap = WRAP[k]
        return f'.optional({name}) {wrap}' if opt else f'{wrap[2:-2].replace("$0", name)}'
    return f'.optional({name}, FieldValue.{FIELD[k]})' if opt else f'.{FIELD[k]}({name})'

def doc_text(kind, text):
    """The field's doc, with the unit or format its type implies when the table omits it."""
    k, swift, opt = parse(kind)
    suffix = {'T': ' (UTC; ISO 8601 on the wire)', 'Y': ' (`YYYY-MM-DD`, no time or zone)'}.get(k, '')
    if k == 'T' and 'UTC' in text: suffix = ''
    if k == 'Y' and 'YYYY' in text: suffix = ''
    if opt: suffix += '; nil when the API omits it'
    return text + suffix

def default(kind):
    k, swift, opt = parse(kind)
    return ' = nil' if opt else (' = [:]' if k == 'M' else '')

def gen(model, doc, fields):
    has_id = any(api == 'id' for api, _, _ in fields)
    conformances = 'Codable, Sendable, Hashable' + (', Identifiable' if has_id else '')
    out = ['// Generated by scripts/dev/generate-models.py from the field table there; edit the table, not this file.',
           'import Foundation', '', f'/// {doc}', '///',
           '/// Decoding is tolerant of the API\'s recorded quirks (numbers as strings, dates with `Z` or',
           '/// offsets, unknown fields ignored); fields the API nulls or omits are optional. Encoding',
           '/// writes the API\'s field names and ISO-8601 dates, so a default `JSONEncoder`/`JSONDecoder`',
           '/// pair round-trips a value.',
           f'public struct {model}: {conformances} {{']
    for api, kind, text in fields:
        k, swift, opt = parse(kind)
        out.append(f'    /// `{api}`: {doc_text(kind, text)}.')
        out.append(f'    public let {camel(api)}: {swift}{"?" if opt else ""}')
    out += ['', '    /// Creates a value with every field given (optional ones default to nil), e.g. for tests.',
            '    public init(']
    params = [f'        {camel(api)}: {parse(kind)[1]}{"?" if parse(kind)[2] else ""}{default(kind)}' for api, kind, _ in fields]
    out.append(',\n'.join(params))
    out.append('    ) {')
    for api, kind, text in fields:
        out.append(f'        self.{camel(api)} = {camel(api)}')
    out.append('    }')
    out += ['', '    enum CodingKeys: String, CodingKey {']
    for api, kind, text in fields:
        out.append(f'        case {camel(api)} = "{api}"')
    out.append('    }')
    if model in EXTRA_KEYS:
        out += ['', '    enum ExtraKeys: String, CodingKey {'] + ['        ' + k for k in EXTRA_KEYS[model]] + ['    }']
    out += ['', '    /// Decodes leniently (see the type\'s summary).', '    public init(from decoder: any Decoder) throws {',
            '        let c = try decoder.container(keyedBy: CodingKeys.self)']
    if model in EXTRA_KEYS:
        out.append('        let extra = try decoder.container(keyedBy: ExtraKeys.self)')
    for api, kind, text in fields:
        out.append(f'        {camel(api)} = {decode_expr(model, api, kind)}')
    out += ['    }', '', '    /// Encodes with the API\'s field names; dates as ISO-8601 text, days as `YYYY-MM-DD`.',
            '    public func encode(to encoder: any Encoder) throws {',
            '        var c = encoder.container(keyedBy: CodingKeys.self)']
    for api, kind, text in fields:
        out.append(f'        {encode_stmt(api, kind)}')
    out += ['    }', '}', '', f'extension {model}: APIFieldsProviding {{',
            '    /// Every field in API order with its typed value.', '    public var apiFields: [APIField] {', '        [']
    for api, kind, text in fields:
        out.append(f'            APIField("{api}", {field_value(api, kind)}),')
    out += ['        ]', '    }', '}', '']
    return '\n'.join(out)

root = os.path.join(os.path.dirname(__file__), '..', '..', 'Sources', 'Assembla', 'Models')
for model, doc, fields in MODELS:
    with open(os.path.join(root, model + '.swift'), 'w') as f:
        f.write(gen(model, doc, fields))
