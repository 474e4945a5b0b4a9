#!/usr/bin/env python3
"""The one field schema: every record's fields, and the files generated from it.

Each model below lists its API fields in API order as (api name, kind, doc[, flags]).
Kinds: S String, I Int, D Double, B Bool, T timestamp (Date), Y calendar day (CalendarDay),
X YAML-ish text (String), L [String] (a comma-separated string is split), M [String: String],
U URL (an empty or unparsable one decodes as nil), E:Type an Int-backed value type and
N:Type a String-backed one (RawRepresentable, unknown values kept), R:Type a nested record;
a trailing ? marks fields the API nulls or omits. Flags: `c` writable on create, `u` on update,
`as:TYPE` the language's type when the kind's default (LANGUAGE below) does not fit,
`names:DOMAIN` the field's values are names of a space's statuses, users, milestones or the
tool types (a filter naming none of them warns; Runtime/NameDomain.swift).
LANGUAGE_KINDS gives each model's record kind in the query language, its default table
columns, its derived fields (filled from other records, with the lookups they need) and its
write-only API fields (sent on writes, never read back).

Generated (edit this table, never those files):
  Sources/Assembla/Models/<Model>.swift          the Codable models with `apiFields`
  Sources/AssemblaQuery/Runtime/RecordKind+Fields.swift
                                                 the language's fields per kind (types,
                                                 writability, lookups) and default columns
  Tests/AssemblaTests/Support/APISchema.swift    each model's API field names (sandbox parity)

Run from the package root: scripts/dev/generate-models.py
`--out DIR` writes the files under DIR instead (scripts/test diffs that against the tree to
catch a stale generated file).
"""
import os, re, sys

SWIFT = {'S': 'String', 'I': 'Int', 'D': 'Double', 'B': 'Bool', 'T': 'Date', 'Y': 'CalendarDay',
         'X': 'String', 'L': '[String]', 'M': '[String: String]', 'U': 'URL'}
DECODE = {'S': 'lenient', 'I': 'lenient', 'D': 'lenient', 'B': 'lenient', 'T': 'date', 'Y': 'day',
          'X': 'text', 'L': 'strings', 'M': 'stringMap', 'U': 'url', 'E': 'lenient', 'N': 'lenient', 'R': 'lenient'}
FIELD = {'S': 'string', 'I': 'int', 'D': 'double', 'B': 'bool', 'T': 'date', 'X': 'string',
         'L': 'strings', 'M': 'object'}
# The language's FieldType for each kind (a field's `as:TYPE` flag overrides it).
LANGUAGE = {'S': 'text', 'I': 'number', 'D': 'number', 'B': 'bool', 'T': 'date', 'Y': 'date', 'X': 'text',
            'L': 'list', 'M': 'record', 'U': 'text', 'E': 'number', 'N': 'text', 'R': 'record'}
# How a typed value becomes a FieldValue (the language sees raw values, as before).
WRAP = {'Y': '{ .day($0.rawValue) }', 'U': '{ .string($0.absoluteString) }', 'E': '{ .int($0.rawValue) }',
        'N': '{ .string($0.rawValue) }', 'R': '{ .object($0.fields) }'}

MODELS = [
 ('Space', 'A space (project): `GET /v1/spaces`, `GET /v1/spaces/:id`.', [
  ('id','S','22-character URL-safe id'), ('name','S','display name','cu'), ('description','S?','description','cu'),
  ('wiki_name','S','URL name, usable in place of the id','cu'), ('public_permissions','E:PermissionLevel','0 none, 1 view','cu'),
  ('team_permissions','E:PermissionLevel','1 view, 2 edit, 3 all','cu'), ('watcher_permissions','E:PermissionLevel','watchers\' level: 0 none, 1 view, 2 edit, 3 all','cu'),
  ('share_permissions','B','whether sharing is allowed','cu'), ('team_tab_role','I','who sees the Team tab: 0, 10, 50 or 90','cu'),
  ('created_at','T','creation time'), ('updated_at','T','last update'), ('default_showpage','S?','start tab','cu'),
  ('tabs_order','X?','tab order (YAML text)','cu'), ('parent_id','S?','portfolio id','cu'), ('restricted','B','restricted space','cu'),
  ('restricted_date','T?','when restricted','cu'), ('commercial_from','T?','commercial since'), ('banner','S?','banner','cu'),
  ('banner_height','I?','banner height','cu'), ('banner_text','S?','banner text','cu'), ('banner_link','S?','banner link','cu'),
  ('style','S?','style','cu'), ('status','E:SpaceStatus','0 proposed, 1 active, 2 archived','cu'), ('approved','B','approved'),
  ('is_manager','B','caller manages the space'), ('is_volunteer','B','volunteer space'),
  ('is_commercial','B','commercial space'), ('can_join','B','others may join','cu'), ('can_apply','B','others may apply','cu'),
  ('last_payer_changed_at','T?','last payer change')]),
 ('SpaceTool', 'A tool installed in a space (Tickets, Git, Wiki, …).', [
  ('id','S','tool id'), ('space_id','S','space id'), ('active','B','active'), ('url','U?','repository URL'),
  ('number','I','instance number'), ('tool_id','I','tool type (13 tickets, 128 git, …)'), ('type','S','class name, e.g. GitTool'),
  ('created_at','T','creation time'), ('team_permissions','E:PermissionLevel?','team\'s level: 0 none, 1 view, 2 edit, 3 all','u'), ('watcher_permissions','E:PermissionLevel?','watchers\' level','u'),
  ('public_permissions','E:PermissionLevel?','public level','u'), ('parent_id','S?','fork parent'), ('menu_name','S','menu name, e.g. Tickets','names:tool'),
  ('name','S','tool name (e.g. git) or its id','names:tool')]),
 ('Milestone', 'A milestone of a space.', [
  ('id','I','milestone id'), ('due_date','Y?','due day, `YYYY-MM-DD` (no time or zone)','cu'), ('title','S','title','cu'), ('user_id','S?','responsible user id','cu'),
  ('created_at','T','creation time'), ('created_by','S?','creator id'), ('space_id','S','space id'),
  ('description','S?','description','cu'), ('is_completed','B','completed','cu'), ('completed_date','Y?','completion day, `YYYY-MM-DD`','cu'),
  ('updated_at','T','last update'), ('updated_by','S?','last updater id'), ('release_level','I?','1 alpha, 2 beta, 3 stable','cu'),
  ('release_notes','S?','release notes','cu'), ('planner_type','I?','0 none, 1 backlog, 2 current','cu'),
  ('pretty_release_level','S?','release level as text')]),
 ('Ticket', 'A ticket of a space.', [
  ('id','I','global id'), ('number','I','number within the space'), ('summary','S','summary','cu'),
  ('description','S?','description','cu'), ('priority','E:TicketPriority','1 highest … 5 lowest','cu as:priority'), ('completed_date','T?','completion time'),
  ('component_id','I?','component (deprecated)','cu'), ('created_on','T','creation time'), ('permission_type','E:TicketPermissionType?','0 normal, 1 private, 2 public support','cu'),
  ('importance','D?','planner ordering','cu'), ('is_story','B?','whether it is a story','cu'), ('milestone_id','I?','milestone id'),
  ('notification_list','L?','ids of the users notified (the API sends them comma-separated)','cu as:text'), ('space_id','S','space id'), ('state','E:TicketState','1 open, 0 closed','cu'),
  ('status','S','status name, e.g. New','cu names:status'), ('story_importance','I?','story size','cu'), ('updated_at','T','last update'),
  ('working_hours','D?','remaining work, in hours','cu'), ('estimate','D?','estimate, in hours','cu'), ('total_estimate','D?','estimate with subtasks, in hours','cu'),
  ('total_invested_hours','D?','hours logged, with subtasks'), ('total_working_hours','D?','remaining hours, with subtasks'),
  ('assigned_to_id','S?','assignee user id'), ('reporter_id','S?','reporter user id'),
  ('custom_fields','M','custom field values by title'), ('hierarchy_type','I?','0 none, 1 subtask, 2 story, 3 epic','cu')]),
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
  ('id','I','task id'), ('description','S?','what was done','c'), ('url','U?','link','c'), ('hours','D','hours worked, a decimal number (sent as text by the API)','c'),
  ('begin_at','T','start','c'), ('end_at','T?','end','c'), ('billed','B?','billed','c'), ('space_id','S?','space id'),
  ('ticket_number','I?','ticket number','c'), ('ticket_id','I?','ticket id'), ('user_id','S','user id'),
  ('job_agreement_id','I?','job agreement'), ('created_at','T?','creation time'), ('updated_at','T?','last update')]),
 ('StreamEvent', 'An activity-stream event (`GET /v1/activity`).', [
  ('date','T','when it happened'), ('operation','N:StreamOperation','created, updated, commented, …'), ('object','N:StreamObject','Ticket, Ticket Comment, Milestone, Wiki Page, …'),
  ('object_id','S?','the object\'s id or number'), ('title','S?','summary'), ('url','U?','link'), ('space_id','S?','space id'),
  ('space_name','S?','space name'), ('author_id','S?','author id'), ('author_name','S?','author name'),
  ('whatchanged','S?','what changed (ticket comments)'), ('ticket','R:StreamTicket?','the ticket an event is about: id, number, summary, operation'),
  ('comment_or_description','S?','comment or description, shortened')]),
]

# The query language's view of each model: (model, record kind, default table columns,
# derived fields, write-only fields). A derived field is (name, language type, lookups it
# needs — see Planner/Lookup.swift —, flags: `c`/`u` writable, `names:DOMAIN` as above,
# `demand` filled only when a statement names it). A write-only field is (name, language type, flags): the API takes it
# on writes but never sends it back.
LANGUAGE_KINDS = [
 ('Space', 'space', ['name', 'wiki_name', 'team_permissions', 'public_permissions', 'created_at'], [], []),
 ('Milestone', 'milestone', ['title', 'due_date', 'is_completed', 'space'],
  [('space', 'text', ['spaces'], '')],
  [('start_date', 'date', 'cu'), ('budget', 'number', 'cu')]),
 ('Ticket', 'ticket', ['number', 'summary', 'status', 'priority', 'assigned_to', 'milestone'],
  [('assigned_to', 'user', ['users'], 'cu names:user'), ('reporter', 'user', ['users'], 'names:user'),
   ('milestone', 'text', ['milestones'], 'cu names:milestone'), ('space', 'text', [], ''),
   ('status_name', 'text', [], 'cu names:status'), ('tags', 'list', [], 'demand')],
  [('due_date', 'any', 'cu')]),
 ('User', 'user', ['login', 'name', 'email'], [], []),
 ('TimeEntry', 'task', ['begin_at', 'hours', 'space', 'user', 'description'],
  [('space', 'text', ['spaces'], 'c'), ('user', 'user', ['spaces', 'users'], 'names:user')], []),
 ('StreamEvent', 'event', ['date', 'author', 'space', 'operation', 'object', 'title'],
  [('author', 'user', ['spaces', 'users'], 'names:user'), ('space', 'text', [], '')], []),
 ('TicketComment', 'comment', ['created_on', 'author', 'comment'],
  [('ticket_number', 'number', [], ''), ('author', 'user', ['users'], 'names:user')], []),
 ('Tag', 'tag', ['name', 'state'], [], []),
 ('TicketStatus', 'status', ['name', 'state', 'list_order'], [], []),
 ('SpaceTool', 'tool', ['menu_name', 'type', 'tool_id', 'name', 'url'], [], []),
 ('CustomField', 'field', ['title', 'type', 'list_options'], [], []),
 ('UserRole', 'member', ['user', 'role', 'status'], [('user', 'user', ['users'], 'names:user')], []),
]
# Record kinds of the language with no model (their fields are open: group and row columns).
OPEN_KINDS = ['group', 'row']

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
    fields = [field[:3] for field in fields]
    has_id = any(api == 'id' for api, _, _ in fields)
    conformances = 'Codable, Sendable, Hashable' + (', Identifiable' if has_id else '')
    out = [HEADER + 'import Foundation', '', f'/// {doc}', '///',
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
    days = [api for api, kind, _ in fields if parse(kind)[0] == 'Y']
    if days:
        out += [f'extension {model} {{', '    /// API fields holding a calendar day (`YYYY-MM-DD`): a write checks their values.',
                '    static let calendarDayFields = [' + ', '.join(f'"{d}"' for d in days) + ']', '}', '']
    return '\n'.join(out)

def flags(field):
    """A field's flags: its fourth element, split on spaces."""
    return field[3].split() if len(field) > 3 else []

def language_type(kind, field_flags):
    for flag in field_flags:
        if flag.startswith('as:'): return flag[3:]
    return LANGUAGE[parse(kind)[0]]

def spec_arguments(field_flags):
    """A FieldSpec's arguments after name and type from flags: `onCreate:`, `onUpdate:`, `names:`."""
    letters = ''.join(f for f in field_flags if ':' not in f and f != 'demand')
    out = ''
    if 'c' in letters: out += ', onCreate: true'
    if 'u' in letters: out += ', onUpdate: true'
    for flag in field_flags:
        if flag.startswith('names:'): out += ', names: .' + flag[6:]
    return out

HEADER = ('// Generated by scripts/dev/generate-models.py from the field schema there; edit the schema and\n'
          '// run `scripts/dev/generate-models.py` from the package root, never this file.\n')

def spec(name, type_, extra):
    return f'FieldSpec("{name}", .{type_}{extra})'

def gen_language():
    models = {model: fields for model, _, fields in MODELS}
    out = [HEADER.rstrip('\n'), '',
           '/// The fields of each record kind with their types: API fields (Assembla\'s names, API order)',
           '/// plus derived ones (with the lookups they need), which of them a write may set, and the',
           '/// columns a table shows. The one field list: the checker, filters, writes, the planner\'s',
           '/// lookups, `fields KIND`, completion and output all read it.',
           'extension RecordKind {',
           '    /// The fields a record of this kind has, in order.',
           '    var fields: [FieldSpec] {', '        switch self {']
    for model, kind, columns, derived, write_only in LANGUAGE_KINDS:
        specs = [spec(f[0], language_type(f[1], flags(f)), spec_arguments(flags(f))) for f in models[model]]
        for name, type_, lookups, f in derived:
            extra = spec_arguments(f.split())
            if 'demand' in f.split(): extra += ', onDemand: true'
            if lookups: extra += ', lookups: [' + ', '.join('.' + l for l in lookups) + ']'
            specs.append(spec(name, type_, extra))
        out.append(f'        case .{kind}:')
        out.append('            [' + ',\n             '.join(specs) + ']')
    out.append('        case ' + ', '.join('.' + k for k in OPEN_KINDS) + ':')
    out += ['            []', '        }', '    }', '',
            '    /// Fields a write may send that records never carry (the API takes them, never returns them).',
            '    var writeOnlyFields: [FieldSpec] {', '        switch self {']
    with_write_only = [(kind, wo) for _, kind, _, _, wo in LANGUAGE_KINDS if wo]
    for kind, write_only in with_write_only:
        out.append(f'        case .{kind}:')
        out.append('            [' + ', '.join(spec(n, t, spec_arguments(f.split())) for n, t, f in write_only) + ']')
    out += ['        default:', '            []', '        }', '    }', '',
            '    /// Columns a table shows when the pipeline did not `select` any (nil: every field).',
            '    var tableColumns: [String]? {', '        switch self {']
    for model, kind, columns, derived, write_only in LANGUAGE_KINDS:
        out.append(f'        case .{kind}: [' + ', '.join(f'"{c}"' for c in columns) + ']')
    out.append('        case ' + ', '.join('.' + k for k in OPEN_KINDS) + ': nil')
    out += ['        }', '    }', '}', '']
    return '\n'.join(out)

def gen_schema():
    out = [HEADER.rstrip('\n'), '',
           '/// Each model\'s API fields in API order, from the field schema: what the sandbox must send',
           '/// for a record of that model (no field missing, none extra; `SandboxParityTests`).',
           'enum APISchema {',
           '    /// API field names by model name.',
           '    static let fields: [String: [String]] = [']
    for model, doc, fields in MODELS:
        out.append(f'        "{model}": [' + ', '.join(f'"{f[0]}"' for f in fields) + '],')
    out += ['    ]', '}', '']
    return '\n'.join(out)

def outputs():
    """Package-relative path → generated text."""
    files = {}
    for model, doc, fields in MODELS:
        files[os.path.join('Sources', 'Assembla', 'Models', model + '.swift')] = gen(model, doc, fields)
    files[os.path.join('Sources', 'AssemblaQuery', 'Runtime', 'RecordKind+Fields.swift')] = gen_language()
    files[os.path.join('Tests', 'AssemblaTests', 'Support', 'APISchema.swift')] = gen_schema()
    return files

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
if len(sys.argv) == 3 and sys.argv[1] == '--out':
    root = sys.argv[2]
elif len(sys.argv) != 1:
    sys.exit('usage: scripts/dev/generate-models.py [--out DIR]')
for path, text in outputs().items():
    target = os.path.join(root, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'w') as f:
        f.write(text)
