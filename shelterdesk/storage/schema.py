"""Schema migrations, applied in order by PRAGMA user_version.

Each migration runs in the same transaction as the user_version bump, so a
crash leaves the vault at exactly the old or the new version.
"""

from __future__ import annotations

SEARCH_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"

MIGRATIONS: list[str] = [
    # 1: the first schema
    f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);

    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        must_change_passphrase INTEGER NOT NULL DEFAULT 0,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );

    CREATE TABLE survivors (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        family_name TEXT NOT NULL,
        given_names TEXT NOT NULL,
        native_name TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        sex TEXT NOT NULL,
        date_of_birth TEXT,
        status TEXT NOT NULL,
        nationalities TEXT NOT NULL,
        admission_date TEXT,
        data TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX survivors_status ON survivors(status, sort_name);
    CREATE INDEX survivors_sort_name ON survivors(sort_name);
    CREATE INDEX survivors_dob ON survivors(date_of_birth);
    CREATE INDEX survivors_admission ON survivors(admission_date);

    CREATE TABLE survivor_nationalities (
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        PRIMARY KEY (code, survivor_id)
    ) WITHOUT ROWID;
    CREATE INDEX survivor_nationalities_survivor ON survivor_nationalities(survivor_id);

    CREATE TABLE survivor_documents (
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        number_norm TEXT NOT NULL,
        PRIMARY KEY (number_norm, survivor_id)
    ) WITHOUT ROWID;
    CREATE INDEX survivor_documents_survivor ON survivor_documents(survivor_id);

    CREATE VIRTUAL TABLE survivor_search USING fts5(body, tokenize="{SEARCH_TOKENIZER}");

    CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        given_on TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        interpreter TEXT NOT NULL DEFAULT '',
        expires_on TEXT,
        withdrawn_on TEXT,
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX consents_survivor ON consents(survivor_id, kind);

    CREATE TABLE needs (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        priority TEXT NOT NULL,
        status TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX needs_survivor ON needs(survivor_id, status);
    CREATE INDEX needs_open ON needs(status, category, survivor_id);
    CREATE INDEX needs_due ON needs(status, due_date, survivor_id);

    CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        nationalities TEXT NOT NULL DEFAULT '[]',
        address TEXT NOT NULL DEFAULT '',
        contact_person TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        letter_language TEXT NOT NULL DEFAULT 'en',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE agency_nationalities (
        agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        PRIMARY KEY (code, agency_id)
    ) WITHOUT ROWID;
    CREATE INDEX agency_nationalities_agency ON agency_nationalities(agency_id);

    CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        reason TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL,
        status TEXT NOT NULL,
        follow_up_due TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        consent_id INTEGER REFERENCES consents(id),
        override_reason TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_on TEXT,
        acknowledged_on TEXT,
        closed_on TEXT
    );
    CREATE INDEX referrals_survivor ON referrals(survivor_id);
    CREATE INDEX referrals_agency ON referrals(agency_id, status, survivor_id);
    CREATE INDEX referrals_status ON referrals(status, follow_up_due, survivor_id);

    CREATE TABLE referral_needs (
        referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        PRIMARY KEY (referral_id, need_id)
    ) WITHOUT ROWID;

    CREATE TABLE letters (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        referral_id INTEGER REFERENCES referrals(id),
        agency_id INTEGER REFERENCES agencies(id),
        template TEXT NOT NULL,
        languages TEXT NOT NULL,
        pdf BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX letters_survivor ON letters(survivor_id);

    CREATE TABLE disclosures (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER REFERENCES survivors(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        agency_id INTEGER REFERENCES agencies(id),
        letter_id INTEGER REFERENCES letters(id),
        fields TEXT NOT NULL,
        disclosed_by TEXT NOT NULL,
        consent_id INTEGER REFERENCES consents(id),
        override_reason TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX disclosures_survivor ON disclosures(survivor_id);

    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        detail TEXT NOT NULL,
        nonce BLOB NOT NULL,
        mac BLOB NOT NULL
    );
    CREATE INDEX audit_entity ON audit(entity, entity_id);

    CREATE TABLE drafts (
        owner TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (owner, key)
    );
    """,
    # 2: each key slot's public key, bound inside the vault (see storage/slot_binding.py)
    """
    CREATE TABLE slot_keys (
        kind TEXT NOT NULL,
        username TEXT NOT NULL,
        public BLOB NOT NULL,
        PRIMARY KEY (kind, username)
    ) WITHOUT ROWID;
    """,
    # 3: the dashboard's tallies, kept by triggers in the same transaction as every change, so the
    # dashboard reads a few hundred rows instead of counting 100,000 cases. Keys: status -> status;
    # admitted / left -> YYYY-MM; nat -> country of an active case; need -> (category, priority) of an
    # open need; wait -> (agency id, day the wait began) of a waiting referral; follow -> follow-up day.
    # Counts may fall to 0 and stay as rows; readers skip them.
    """
    CREATE TABLE tally (
        name TEXT NOT NULL,
        k1 TEXT NOT NULL,
        k2 TEXT NOT NULL DEFAULT '',
        n INTEGER NOT NULL,
        PRIMARY KEY (name, k1, k2)
    ) WITHOUT ROWID;

    INSERT INTO tally SELECT 'status', status, '', count(*) FROM survivors GROUP BY status;
    INSERT INTO tally SELECT 'admitted', substr(admission_date, 1, 7), '', count(*) FROM survivors
        WHERE admission_date IS NOT NULL GROUP BY 2;
    INSERT INTO tally SELECT 'left', substr(json_extract(data, '$.stay.discharge_date'), 1, 7), '', count(*)
        FROM survivors WHERE json_extract(data, '$.stay.discharge_date') IS NOT NULL GROUP BY 2;
    INSERT INTO tally SELECT 'nat', n.code, '', count(*) FROM survivor_nationalities n
        JOIN survivors s ON s.id = n.survivor_id WHERE s.status IN ('intake', 'sheltered', 'awaiting_repatriation') GROUP BY n.code;
    INSERT INTO tally SELECT 'need', category, priority, count(*) FROM needs WHERE status IN ('open', 'in_progress', 'on_hold')
        GROUP BY category, priority;
    INSERT INTO tally SELECT 'wait', CAST(agency_id AS TEXT), coalesce(sent_on, substr(created_at, 1, 10)),
        count(*) FROM referrals WHERE status IN ('sent', 'acknowledged', 'accepted') GROUP BY 2, 3;
    INSERT INTO tally SELECT 'follow', follow_up_due, '', count(*) FROM referrals
        WHERE status IN ('sent', 'acknowledged', 'accepted') AND follow_up_due IS NOT NULL GROUP BY 2;

    CREATE TRIGGER tally_survivor_insert AFTER INSERT ON survivors BEGIN
        INSERT INTO tally VALUES ('status', NEW.status, '', 1) ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO tally SELECT 'admitted', substr(NEW.admission_date, 1, 7), '', 1
            WHERE NEW.admission_date IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO tally SELECT 'left', substr(json_extract(NEW.data, '$.stay.discharge_date'), 1, 7), '', 1
            WHERE json_extract(NEW.data, '$.stay.discharge_date') IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_survivor_update AFTER UPDATE ON survivors BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'status' AND k1 = OLD.status AND k2 = '';
        INSERT INTO tally VALUES ('status', NEW.status, '', 1) ON CONFLICT DO UPDATE SET n = n + 1;
        UPDATE tally SET n = n - 1 WHERE name = 'admitted' AND k1 = substr(OLD.admission_date, 1, 7) AND k2 = '';
        INSERT INTO tally SELECT 'admitted', substr(NEW.admission_date, 1, 7), '', 1
            WHERE NEW.admission_date IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
        UPDATE tally SET n = n - 1 WHERE name = 'left' AND k2 = ''
            AND k1 = substr(json_extract(OLD.data, '$.stay.discharge_date'), 1, 7);
        INSERT INTO tally SELECT 'left', substr(json_extract(NEW.data, '$.stay.discharge_date'), 1, 7), '', 1
            WHERE json_extract(NEW.data, '$.stay.discharge_date') IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
        UPDATE tally SET n = n - 1 WHERE name = 'nat' AND k2 = '' AND OLD.status IN ('intake', 'sheltered', 'awaiting_repatriation') AND NEW.status NOT IN ('intake', 'sheltered', 'awaiting_repatriation')
            AND k1 IN (SELECT code FROM survivor_nationalities WHERE survivor_id = NEW.id);
        INSERT INTO tally SELECT 'nat', code, '', 1 FROM survivor_nationalities WHERE survivor_id = NEW.id
            AND NEW.status IN ('intake', 'sheltered', 'awaiting_repatriation') AND OLD.status NOT IN ('intake', 'sheltered', 'awaiting_repatriation') ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_survivor_delete BEFORE DELETE ON survivors BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'status' AND k1 = OLD.status AND k2 = '';
        UPDATE tally SET n = n - 1 WHERE name = 'admitted' AND k1 = substr(OLD.admission_date, 1, 7) AND k2 = '';
        UPDATE tally SET n = n - 1 WHERE name = 'left' AND k2 = ''
            AND k1 = substr(json_extract(OLD.data, '$.stay.discharge_date'), 1, 7);
        UPDATE tally SET n = n - 1 WHERE name = 'nat' AND k2 = '' AND OLD.status IN ('intake', 'sheltered', 'awaiting_repatriation')
            AND k1 IN (SELECT code FROM survivor_nationalities WHERE survivor_id = OLD.id);
    END;

    CREATE TRIGGER tally_nationality_insert AFTER INSERT ON survivor_nationalities
    WHEN (SELECT status FROM survivors WHERE id = NEW.survivor_id) IN ('intake', 'sheltered', 'awaiting_repatriation') BEGIN
        INSERT INTO tally VALUES ('nat', NEW.code, '', 1) ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_nationality_delete AFTER DELETE ON survivor_nationalities
    WHEN (SELECT status FROM survivors WHERE id = OLD.survivor_id) IN ('intake', 'sheltered', 'awaiting_repatriation') BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'nat' AND k1 = OLD.code AND k2 = '';
    END;

    CREATE TRIGGER tally_need_insert AFTER INSERT ON needs WHEN NEW.status IN ('open', 'in_progress', 'on_hold') BEGIN
        INSERT INTO tally VALUES ('need', NEW.category, NEW.priority, 1) ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_need_update AFTER UPDATE ON needs BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'need' AND k1 = OLD.category AND k2 = OLD.priority
            AND OLD.status IN ('open', 'in_progress', 'on_hold');
        INSERT INTO tally SELECT 'need', NEW.category, NEW.priority, 1 WHERE NEW.status IN ('open', 'in_progress', 'on_hold')
            ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_need_delete AFTER DELETE ON needs WHEN OLD.status IN ('open', 'in_progress', 'on_hold') BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'need' AND k1 = OLD.category AND k2 = OLD.priority;
    END;

    CREATE TRIGGER tally_referral_insert AFTER INSERT ON referrals WHEN NEW.status IN ('sent', 'acknowledged', 'accepted') BEGIN
        INSERT INTO tally VALUES ('wait', CAST(NEW.agency_id AS TEXT),
            coalesce(NEW.sent_on, substr(NEW.created_at, 1, 10)), 1) ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO tally SELECT 'follow', NEW.follow_up_due, '', 1 WHERE NEW.follow_up_due IS NOT NULL
            ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_referral_update AFTER UPDATE ON referrals BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'wait' AND OLD.status IN ('sent', 'acknowledged', 'accepted') AND k1 = CAST(OLD.agency_id AS TEXT)
            AND k2 = coalesce(OLD.sent_on, substr(OLD.created_at, 1, 10));
        INSERT INTO tally SELECT 'wait', CAST(NEW.agency_id AS TEXT),
            coalesce(NEW.sent_on, substr(NEW.created_at, 1, 10)), 1 WHERE NEW.status IN ('sent', 'acknowledged', 'accepted')
            ON CONFLICT DO UPDATE SET n = n + 1;
        UPDATE tally SET n = n - 1 WHERE name = 'follow' AND OLD.status IN ('sent', 'acknowledged', 'accepted') AND k1 = OLD.follow_up_due
            AND k2 = '';
        INSERT INTO tally SELECT 'follow', NEW.follow_up_due, '', 1 WHERE NEW.status IN ('sent', 'acknowledged', 'accepted')
            AND NEW.follow_up_due IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
    END;

    CREATE TRIGGER tally_referral_delete AFTER DELETE ON referrals WHEN OLD.status IN ('sent', 'acknowledged', 'accepted') BEGIN
        UPDATE tally SET n = n - 1 WHERE name = 'wait' AND k1 = CAST(OLD.agency_id AS TEXT)
            AND k2 = coalesce(OLD.sent_on, substr(OLD.created_at, 1, 10));
        UPDATE tally SET n = n - 1 WHERE name = 'follow' AND k1 = OLD.follow_up_due AND k2 = '';
    END;
    """,
    # 4: attachments (scans and photos kept inside the vault); retention and erasure: anonymised cases,
    # audit entries redacted with a keyed tag, and a search index that forgets deleted text for real;
    # case transfer: trusted partner shelters' keys and the packages already imported (no replays)
    """
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES survivors(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX attachments_survivor ON attachments(survivor_id);

    CREATE TABLE anonymised (
        survivor_id INTEGER PRIMARY KEY REFERENCES survivors(id) ON DELETE CASCADE,
        anonymised_at TEXT NOT NULL
    );
    ALTER TABLE audit ADD COLUMN redaction BLOB;

    CREATE TABLE trusted_shelters (
        fingerprint TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sign_public BLOB NOT NULL,
        box_public BLOB NOT NULL,
        trusted_by TEXT NOT NULL,
        trusted_at TEXT NOT NULL
    );
    CREATE TABLE received_transfers (
        package_id TEXT PRIMARY KEY,
        sender TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    INSERT INTO survivor_search(survivor_search, rank) VALUES('secure-delete', 1);
    """,
]

CURRENT_VERSION = len(MIGRATIONS)
