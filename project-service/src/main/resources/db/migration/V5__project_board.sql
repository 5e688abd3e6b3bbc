-- The Project Board: its meetings, the business brought to it, its decisions and the actions they set.

create table board_meeting (
    meeting_number    varchar(32) primary key,
    meeting_date      date        not null,
    -- set when the agenda is adopted: from then on its items are stored and no longer follow the sources
    agenda_adopted_at timestamptz
);

create table board_meeting_attendee (
    meeting_number varchar(32)  not null references board_meeting (meeting_number) on delete cascade,
    position       integer      not null,
    name           varchar(200) not null,
    primary key (meeting_number, position)
);

-- Supplements, closures and guidance asked of the board (new proposals come from the registry itself).
create table board_request (
    id             bigserial     primary key,
    kind           varchar(16)   not null check (kind in ('SUPPLEMENT', 'CLOSURE', 'GUIDANCE')),
    project_number varchar(9)    not null references project (project_number) on delete cascade,
    summary        varchar(2000) not null,
    requested_by   varchar(200)  not null,
    requested_on   date          not null,
    status         varchar(16)   not null check (status in ('PENDING', 'DECIDED')),
    outcome        varchar(16),
    decided_at     varchar(32)   references board_meeting (meeting_number)
);
create index board_request_status on board_request (status, requested_on);

create table board_agenda_item (
    id             bigserial     primary key,
    meeting_number varchar(32)   not null references board_meeting (meeting_number),
    item_number    integer       not null,
    kind           varchar(16)   not null,
    project_number varchar(9)    not null,
    subject        varchar(2000) not null,
    reference      varchar(200)  not null,
    unique (meeting_number, item_number),
    unique (meeting_number, kind, project_number, reference)
);

create table board_decision (
    id             bigserial     primary key,
    agenda_item_id bigint        not null unique references board_agenda_item (id),
    outcome        varchar(16)   not null
        check (outcome in ('APPROVED', 'REJECTED', 'DEFERRED', 'GUIDANCE_GIVEN')),
    text           varchar(2000) not null,
    recorded_at    timestamptz   not null
);

create table board_action (
    id              bigserial     primary key,
    decision_id     bigint        not null references board_decision (id),
    project_number  varchar(9)    not null,
    description     varchar(2000) not null,
    owner           varchar(200)  not null,
    due_on          date          not null,
    status          varchar(8)    not null check (status in ('OPEN', 'DONE')),
    completed_on    date,
    completion_note varchar(2000)
);
create index board_action_status on board_action (status, due_on);
