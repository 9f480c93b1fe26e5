//! Working-group documents on SQLite and PostgreSQL: many editors saving one document at once
//! lose nothing, overlapping edits are kept as conflict revisions beside the head, restores
//! bring old text back as new revisions, and endorsements count for the head only.

use crate::common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::common::TestApp;
use app::auth::Role;
use app::db::entities::{group_document, group_document_revision};
use app::groups::ssr::{
    EndorseError, NewGroup, Outcome, SaveError, Saved, create_document, create_group, endorse,
    endorsement_state, history, restore, revision_of, save_document,
};
use sea_orm::{DatabaseConnection, EntityTrait};

/// A group (asking for `quorum` endorsements) with one empty document; the document's id.
async fn empty_document(app: &TestApp, quorum: i32) -> i64 {
    let group = create_group(
        &app.state.db,
        &NewGroup {
            slug: "ai-competencies".to_owned(),
            name: "AI competencies for civil servants".to_owned(),
            theme: "digital-skills".to_owned(),
            charter: "We write a guide.".to_owned(),
            visibility: "members".to_owned(),
            endorsement_quorum: quorum,
        },
    )
    .await
    .expect("group created");
    create_document(&app.state.db, group, "guide", "The guide", "en").await.expect("document created")
}

/// `n` accounts; their ids.
async fn accounts(app: &TestApp, n: usize) -> Vec<i64> {
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let id = app::auth::ssr::create_account(
            &app.state.db,
            &format!("editor{i}@example.org"),
            &format!("Editor {i}"),
            Role::Member,
            common::PASSWORD,
        )
        .await
        .expect("account created");
        ids.push(id);
    }
    ids
}

async fn head(db: &DatabaseConnection, document: i64) -> group_document_revision::Model {
    let row = group_document::Entity::find_by_id(document).one(db).await.expect("read").expect("document");
    let head = row.head_revision_id.expect("a head");
    revision_of(db, document, head).await.expect("read").expect("head revision")
}

async fn body_of(db: &DatabaseConnection, document: i64, revision: i64) -> String {
    revision_of(db, document, revision).await.expect("read").expect("revision").body
}

/// `body` with line `index` replaced by `text`.
fn set_line(body: &str, index: usize, text: &str) -> String {
    let mut lines: Vec<&str> = body.lines().collect();
    lines[index] = text;
    lines.join("\n") + "\n"
}

/// Editor `editor`'s paragraph at its `version`th save (version 0: the first draft's
/// paragraph number `editor`).
fn paragraph(editor: usize, version: usize) -> String {
    format!("Paragraph {editor}, version {version}: les compétences numériques, 数字能力, الكفاءات الرقمية.")
}

/// How many editors save how often, rewriting which paragraphs: editor `e` rewrites
/// paragraph `e % paragraphs`, which is line `2 × (e % paragraphs)` (paragraphs are
/// separated by blank lines).
#[derive(Clone, Copy)]
struct Race {
    editors: usize,
    saves: usize,
    paragraphs: usize,
}

impl Race {
    fn line(self, editor: usize) -> usize {
        2 * (editor % self.paragraphs)
    }
}

/// One acknowledged save: who, which version, the exact text sent, and the answer.
struct Ack {
    editor: usize,
    version: usize,
    body: String,
    saved: Saved,
    took: Duration,
}

/// One editor: `race.saves` times, rewrites its paragraph in the text it last read and saves
/// it from that revision (after a conflict, it reads the head again).
async fn edit(
    db: DatabaseConnection,
    document: i64,
    author: i64,
    editor: usize,
    race: Race,
    start: (i64, String),
) -> Vec<Ack> {
    let (mut base, mut base_body) = start;
    let mut acks = Vec::with_capacity(race.saves);
    for version in 1..=race.saves {
        let body = set_line(&base_body, race.line(editor), &paragraph(editor, version));
        let note = format!("editor {editor}, save {version}");
        let began = Instant::now();
        let saved =
            save_document(&db, document, author, Some(base), &body, &note).await.expect("save acknowledged");
        let took = began.elapsed();
        (base, base_body) = match saved.outcome {
            Outcome::Saved => (saved.revision_id, body.clone()),
            Outcome::Merged => (saved.revision_id, body_of(&db, document, saved.revision_id).await),
            Outcome::Conflict { head_revision_id, .. } => {
                (head_revision_id, body_of(&db, document, head_revision_id).await)
            }
        };
        acks.push(Ack { editor, version, body, saved, took });
    }
    acks
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

/// Runs `race` on a fresh document, checks that no acknowledged save was lost, prints the
/// save latency and returns how many saves conflicted.
async fn run(app: &TestApp, race: Race) -> usize {
    let db = app.state.db.clone();
    let document = empty_document(app, 2).await;
    let authors = accounts(app, race.editors).await;
    let first_body = (0..race.paragraphs).map(|p| paragraph(p, 0)).collect::<Vec<_>>().join("\n\n") + "\n";
    let first =
        save_document(&db, document, authors[0], None, &first_body, "first draft").await.expect("first save");
    assert_eq!((first.number, first.outcome), (1, Outcome::Saved));

    let began = Instant::now();
    let tasks: Vec<_> = (0..race.editors)
        .map(|editor| {
            let start = (first.revision_id, first_body.clone());
            tokio::spawn(edit(db.clone(), document, authors[editor], editor, race, start))
        })
        .collect();
    let mut acks = Vec::with_capacity(race.editors * race.saves);
    for task in tasks {
        acks.extend(task.await.expect("editor finished"));
    }
    let elapsed = began.elapsed();

    // Every revision is an acknowledged save, numbered 1..=N without gaps.
    let revisions = history(&db, document).await.expect("history");
    assert_eq!(revisions.len(), acks.len() + 1, "one revision per acknowledged save, no more, no less");
    assert!(revisions.windows(2).all(|pair| pair[0].number > pair[1].number), "newest first");
    let mut numbers: Vec<i32> = revisions.iter().map(|revision| revision.number).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=i32::try_from(revisions.len()).expect("small")).collect::<Vec<_>>());
    let by_id: HashMap<i64, &group_document_revision::Model> =
        revisions.iter().map(|revision| (revision.id, revision)).collect();

    // Each save is in the history with its exact text (a merge: its parent with the editor's
    // paragraph changed, and nothing else).
    let (mut merged, mut conflicts) = (0, 0);
    for ack in &acks {
        let revision = by_id.get(&ack.saved.revision_id).expect("acknowledged save is in the history");
        assert_eq!(revision.number, ack.saved.number);
        assert_eq!(revision.author_id, Some(authors[ack.editor]));
        match ack.saved.outcome {
            Outcome::Saved => {
                assert_eq!(revision.kind, "edit");
                assert_eq!(revision.body, ack.body);
            }
            Outcome::Merged => {
                merged += 1;
                assert_eq!(revision.kind, "merge");
                let parent = by_id[&revision.parent_id.expect("a merge has a parent")];
                let text = paragraph(ack.editor, ack.version);
                assert_eq!(revision.body, set_line(&parent.body, race.line(ack.editor), &text));
            }
            Outcome::Conflict { conflict_revision_id, head_revision_id } => {
                conflicts += 1;
                assert_eq!(conflict_revision_id, revision.id);
                assert_eq!(revision.kind, "conflict");
                assert_eq!(revision.body, ack.body, "the editor's words are kept whole");
                assert_eq!(revision.parent_id, Some(head_revision_id), "set beside the head of its time");
            }
        }
    }

    // The head moved along one line: each new head was appended after the one before.
    let mut chain: Vec<&group_document_revision::Model> =
        revisions.iter().filter(|revision| revision.kind != "conflict").collect();
    chain.sort_by_key(|revision| revision.number);
    assert_eq!(chain[0].parent_id, None);
    for pair in chain.windows(2) {
        assert_eq!(pair[1].parent_id, Some(pair[0].id), "revision {} skipped a head", pair[1].number);
    }
    let head = head(&db, document).await;
    assert_eq!(Some(&&head), chain.last(), "the head is the last of the line");

    // The head holds, in each paragraph, the last change to it that was not a conflict.
    let lines: Vec<&str> = head.body.lines().collect();
    assert_eq!(lines.len(), 2 * race.paragraphs - 1);
    for line in (0..race.paragraphs).map(|p| 2 * p) {
        let last = acks
            .iter()
            .filter(|ack| {
                race.line(ack.editor) == line && !matches!(ack.saved.outcome, Outcome::Conflict { .. })
            })
            .max_by_key(|ack| ack.saved.number)
            .map_or_else(|| paragraph(line / 2, 0), |ack| paragraph(ack.editor, ack.version));
        assert_eq!(lines[line], last, "line {line} holds its last change");
    }

    let mut took: Vec<Duration> = acks.iter().map(|ack| ack.took).collect();
    took.sort_unstable();
    println!(
        "group document saves on {:?}, {} editors on {} paragraphs: {} saves in {elapsed:.2?} ({merged} merged, {conflicts} conflicts); latency p50 {:.2?}, p99 {:.2?}, max {:.2?}",
        db.get_database_backend(),
        race.editors,
        race.paragraphs,
        acks.len(),
        percentile(&took, 50),
        percentile(&took, 99),
        took[took.len() - 1],
    );
    conflicts
}

async fn concurrent_editors_never_lose_an_edit(app: TestApp) {
    let conflicts = run(&app, Race { editors: 20, saves: 50, paragraphs: 20 }).await;
    assert_eq!(conflicts, 0, "edits of different paragraphs always merge");
}
on_both_databases!(concurrent_editors_never_lose_an_edit);

async fn concurrent_editors_of_one_paragraph_conflict_without_losing_words(app: TestApp) {
    run(&app, Race { editors: 20, saves: 15, paragraphs: 10 }).await;
}
on_both_databases!(concurrent_editors_of_one_paragraph_conflict_without_losing_words);

async fn overlapping_edits_keep_both_texts_and_leave_the_head_alone(app: TestApp) {
    let db = &app.state.db;
    let document = empty_document(&app, 1).await;
    let people = accounts(&app, 2).await;
    let (ana, ben) = (people[0], people[1]);
    let base = "# Guide\n\nWe meet monthly.\n\nWe publish in three languages.\n";
    let first = save_document(db, document, ana, None, base, "").await.expect("first save");

    let ana_text = base.replace("monthly", "every two weeks");
    let ana_saved =
        save_document(db, document, ana, Some(first.revision_id), &ana_text, "").await.expect("save");
    assert_eq!((ana_saved.number, ana_saved.outcome), (2, Outcome::Saved));

    // Ben started from the first revision too and rewrote the same paragraph.
    let ben_text = base.replace("We meet monthly.", "We meet every quarter, online.");
    let ben_saved =
        save_document(db, document, ben, Some(first.revision_id), &ben_text, "rhythm").await.expect("save");
    assert_eq!(
        ben_saved.outcome,
        Outcome::Conflict {
            conflict_revision_id: ben_saved.revision_id,
            head_revision_id: ana_saved.revision_id
        }
    );
    assert_eq!(ben_saved.number, 3);
    let conflict = revision_of(db, document, ben_saved.revision_id).await.expect("read").expect("conflict");
    assert_eq!(conflict.body, ben_text, "exactly Ben's text");
    assert_eq!((conflict.kind.as_str(), conflict.note.as_str()), ("conflict", "rhythm"));
    assert_eq!(
        (conflict.parent_id, conflict.base_id),
        (Some(ana_saved.revision_id), Some(first.revision_id))
    );
    let head_now = head(db, document).await;
    assert_eq!(
        (head_now.id, head_now.body.as_str()),
        (ana_saved.revision_id, ana_text.as_str()),
        "head unchanged"
    );

    // A change elsewhere from the same old base merges with the head.
    let other = base.replace("three languages", "six languages");
    let merged = save_document(db, document, ben, Some(first.revision_id), &other, "").await.expect("save");
    assert_eq!((merged.number, merged.outcome), (4, Outcome::Merged));
    assert_eq!(
        head(db, document).await.body,
        "# Guide\n\nWe meet every two weeks.\n\nWe publish in six languages.\n",
        "both changes kept"
    );

    // Resolving the conflict from the head is an ordinary edit.
    let resolved = "# Guide\n\nWe meet every two weeks, online.\n\nWe publish in six languages.\n";
    let saved = save_document(db, document, ben, Some(merged.revision_id), resolved, "").await.expect("save");
    assert_eq!((saved.number, saved.outcome), (5, Outcome::Saved));

    let numbers: Vec<(i32, String)> = history(db, document)
        .await
        .expect("history")
        .into_iter()
        .map(|revision| (revision.number, revision.kind))
        .collect();
    let expected = [(5, "edit"), (4, "merge"), (3, "conflict"), (2, "edit"), (1, "edit")];
    assert_eq!(numbers, expected.map(|(n, kind)| (n, kind.to_owned())));

    // Windows line endings from a browser are stored as LF and merge like any text.
    let crlf = resolved.replace('\n', "\r\n").replace("six", "seven");
    let saved = save_document(db, document, ana, Some(saved.revision_id), &crlf, "").await.expect("save");
    assert_eq!(body_of(db, document, saved.revision_id).await, resolved.replace("six", "seven"));

    assert!(matches!(
        save_document(db, document, ana, Some(i64::MAX), "text\n", "").await,
        Err(SaveError::UnknownRevision(_))
    ));
    assert!(matches!(
        save_document(db, i64::MAX, ana, None, "text\n", "").await,
        Err(SaveError::DocumentNotFound)
    ));
}
on_both_databases!(overlapping_edits_keep_both_texts_and_leave_the_head_alone);

async fn restore_appends_the_old_text_and_endorsements_count_for_the_head_only(app: TestApp) {
    let db = &app.state.db;
    let document = empty_document(&app, 2).await;
    let people = accounts(&app, 3).await;
    let (ana, ben, chloe) = (people[0], people[1], people[2]);
    assert_eq!(
        endorsement_state(db, document).await.expect("state"),
        app::groups::ssr::EndorsementState {
            head_revision_id: None,
            endorsed_by: vec![],
            quorum: 2,
            reached: false
        }
    );

    let v1 = save_document(db, document, ana, None, "Version one.\n", "").await.expect("save");
    let v2 =
        save_document(db, document, ben, Some(v1.revision_id), "Version two.\n", "").await.expect("save");
    let restored = restore(db, document, chloe, v1.revision_id, "back to one").await.expect("restore");
    assert_eq!((restored.number, restored.outcome), (3, Outcome::Saved));
    let revision = revision_of(db, document, restored.revision_id).await.expect("read").expect("revision");
    assert_eq!(revision.body, "Version one.\n");
    assert_eq!(revision.kind, "restore");
    assert_eq!((revision.parent_id, revision.base_id), (Some(v2.revision_id), Some(v1.revision_id)));
    assert_eq!(head(db, document).await.id, restored.revision_id);
    assert!(matches!(restore(db, document, ana, i64::MAX, "").await, Err(SaveError::UnknownRevision(_))));

    // Only the head can be endorsed; twice by one person counts once.
    assert!(matches!(
        endorse(db, document, v1.revision_id, ana).await,
        Err(EndorseError::NotHead { head_revision_id: Some(head) }) if head == restored.revision_id
    ));
    let state = endorse(db, document, restored.revision_id, ana).await.expect("endorse");
    assert_eq!((state.endorsed_by.as_slice(), state.reached), ([ana].as_slice(), false));
    endorse(db, document, restored.revision_id, ana).await.expect("endorse again");
    let state = endorse(db, document, restored.revision_id, ben).await.expect("endorse");
    assert_eq!((state.endorsed_by.len(), state.reached), (2, true));

    // A conflict leaves the head, and so its endorsements, alone.
    let conflict =
        save_document(db, document, chloe, Some(v2.revision_id), "Version three.\n", "").await.expect("save");
    assert!(matches!(conflict.outcome, Outcome::Conflict { .. }));
    assert!(endorsement_state(db, document).await.expect("state").reached);

    // An edit moves the head: the endorsements of the old head no longer count.
    let edited = save_document(db, document, chloe, Some(restored.revision_id), "Version four.\n", "")
        .await
        .expect("save");
    let state = endorsement_state(db, document).await.expect("state");
    assert_eq!(
        (state.head_revision_id, state.endorsed_by.len(), state.reached),
        (Some(edited.revision_id), 0, false)
    );
    // Bringing back the endorsed text is a new revision: it asks for endorsements again.
    let back = restore(db, document, ana, restored.revision_id, "").await.expect("restore");
    let state = endorsement_state(db, document).await.expect("state");
    assert_eq!((state.head_revision_id, state.endorsed_by.len()), (Some(back.revision_id), 0));
    assert_eq!(history(db, document).await.expect("history").len(), 6);
}
on_both_databases!(restore_appends_the_old_text_and_endorsements_count_for_the_head_only);
