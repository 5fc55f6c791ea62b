"""Workspace.upgrade_drafts and ``filingassist upgrade``: a new revision of the same draft,
a dry run that changes nothing, idempotent, signed drafts not changed in place."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from filingassist.app import DraftUpgrade, UpgradeOutcome, Workspace
from filingassist.cli.main import main
from filingassist.errors import NotFound
from tests.core.test_form_upgrades import v1_example

PASS = b"correct horse battery staple"
WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def ws(isolated_home: Path) -> Iterator[Workspace]:
    w = Workspace.open()
    yield w
    w.close()


def v1_draft(ws: Workspace, examples_dir: Path) -> str:
    """A draft whose current revision was made with MM2 form version 1 (attachments in
    the store, as a draft saved before version 2 shipped)."""
    info = ws.import_file(examples_dir / "madrid.json")
    ws.save(info.id, v1_example()[0], "typed under form v1")
    assert ws.draft(info.id).form_version == 1
    return info.id


def test_upgrade_adds_a_revision_and_keeps_the_v1_one_in_history(
    ws: Workspace, examples_dir: Path
) -> None:
    draft_id = v1_draft(ws, examples_dir)
    before = ws.load(draft_id)
    (report,) = ws.upgrade_drafts([draft_id])
    assert isinstance(report, DraftUpgrade)
    assert report.outcome == UpgradeOutcome.UPGRADED
    assert (report.from_version, report.to_version, report.revision) == (1, 2, 3)
    assert report.errors == () and report.not_carried == ()
    assert ws.draft(draft_id).form_version == 2 and ws.draft(draft_id).head == 3
    assert ws.load(draft_id).form_version == 2
    assert ws.load(draft_id, 2).data == before.data  # the v1 revision stays
    assert ws.history(draft_id)[-1].note == "upgraded to form madrid-mm2 v2"
    restored = ws.restore(draft_id, 2)  # and can be brought back
    assert ws.load(draft_id, restored.number).form_version == 1


def test_dry_run_reports_the_same_and_changes_nothing(ws: Workspace, examples_dir: Path) -> None:
    draft_id = v1_draft(ws, examples_dir)
    head = ws.draft(draft_id)
    (dry,) = ws.upgrade_drafts([draft_id], dry_run=True)
    assert dry.outcome == UpgradeOutcome.WOULD_UPGRADE
    assert ws.draft(draft_id) == head and ws.load(draft_id).form_version == 1
    (real,) = ws.upgrade_drafts([draft_id])
    assert real.changes == dry.changes


def test_upgrading_twice_and_v2_drafts_change_nothing(ws: Workspace, examples_dir: Path) -> None:
    draft_id = v1_draft(ws, examples_dir)
    current = ws.import_file(examples_dir / "madrid.json").id
    ws.upgrade_drafts([draft_id])
    heads = {d: ws.draft(d).head for d in (draft_id, current)}
    again = ws.upgrade_drafts([draft_id, current])
    assert [r.outcome for r in again] == [UpgradeOutcome.CURRENT, UpgradeOutcome.CURRENT]
    assert all(r.changes == () for r in again)
    assert {d: ws.draft(d).head for d in heads} == heads
    assert ws.upgrade_drafts(None) == []  # --all: nothing on an older version left


def test_all_upgrades_only_drafts_on_older_forms(ws: Workspace, examples_dir: Path) -> None:
    old = v1_draft(ws, examples_dir)
    ws.import_file(examples_dir / "madrid.json")
    ws.import_file(examples_dir / "trademark.json")
    reports = ws.upgrade_drafts(None)
    assert [(r.draft_id, r.outcome) for r in reports] == [(old, UpgradeOutcome.UPGRADED)]


def test_an_unknown_id_upgrades_nothing(ws: Workspace, examples_dir: Path) -> None:
    draft_id = v1_draft(ws, examples_dir)
    with pytest.raises(NotFound):
        ws.upgrade_drafts([draft_id, "nosuchdraft"])
    assert ws.draft(draft_id).form_version == 1


def test_a_signed_draft_is_not_changed_in_place(ws: Workspace, examples_dir: Path) -> None:
    draft_id = v1_draft(ws, examples_dir)
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS, email="jane@example.org").name, PASS)
    package = ws.pack(draft_id, signer, signing_time=WHEN)
    (report,) = ws.upgrade_drafts([draft_id])
    assert report.outcome == UpgradeOutcome.LOCKED
    assert (report.package_id, report.package_state) == (package.package_id, "signed")
    assert report.changes  # says what an upgrade would do
    assert ws.draft(draft_id).form_version == 1 and ws.draft(draft_id).status == "signed"
    # edited after signing: the draft is no longer what was signed, so it upgrades
    doc = ws.load(draft_id)
    doc.data["reference"] = "CHR-2026-02"
    ws.save(draft_id, doc)
    (report,) = ws.upgrade_drafts([draft_id])
    assert report.outcome == UpgradeOutcome.UPGRADED


# ---- the command -------------------------------------------------------------------


def test_cli_reports_each_draft_and_exits_like_the_rest(
    ws: Workspace, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = v1_draft(ws, examples_dir)
    assert main(["upgrade", draft_id, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"{draft_id} CHRONOLYTE: madrid-mm2 v1 -> v2, would be upgraded" in out
    assert "moved       filing_date -> certification.receipt_date" in out
    assert "defaulted   entitlements[0].applicant = 1" in out
    assert ws.draft(draft_id).form_version == 1
    assert main(["upgrade", "--all", "--json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["outcome"] == "upgraded" and report["to_version"] == 2
    assert {c["kind"] for c in report["changes"]} >= {"moved", "converted", "defaulted"}
    assert main(["upgrade", draft_id]) == 0
    assert "already on the newest version" in capsys.readouterr().out
    assert main(["upgrade", "--all"]) == 0
    assert capsys.readouterr().out == "no draft uses an older form version\n"


def test_cli_usage_errors_and_unknown_ids_exit_2(
    ws: Workspace, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = v1_draft(ws, examples_dir)
    assert main(["upgrade"]) == 2
    assert main(["upgrade", draft_id, "--all"]) == 2
    assert "give the drafts to upgrade, or --all" in capsys.readouterr().err
    assert main(["upgrade", draft_id, "nosuchdraft"]) == 2
    assert "no draft with id 'nosuchdraft'" in capsys.readouterr().err
    assert ws.draft(draft_id).form_version == 1


def test_cli_exits_1_when_a_signed_draft_stays_on_v1(
    ws: Workspace, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = v1_draft(ws, examples_dir)
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS, email="jane@example.org").name, PASS)
    ws.pack(draft_id, signer, signing_time=WHEN)
    assert main(["upgrade", "--all"]) == 1
    out = capsys.readouterr().out
    assert "NOT upgraded: revision 2 is signed as package" in out
    assert ws.draft(draft_id).form_version == 1


def test_validate_says_a_draft_uses_an_older_form(
    ws: Workspace, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = v1_draft(ws, examples_dir)
    assert main(["validate", draft_id]) == 0
    out = capsys.readouterr().out
    assert (
        f"note: checked with form madrid-mm2 v1, an older version; "
        f"'filingassist upgrade {draft_id}' moves it to v2" in out
    )
    main(["upgrade", draft_id])
    capsys.readouterr()
    assert main(["validate", draft_id, "--json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert (result["form"], result["newer_form_version"]) == ("madrid-mm2 v2", None)
