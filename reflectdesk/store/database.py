"""Opening, checking and migrating the ReflectDesk database; the Store handle.

Opening follows one order, so that a bad file is never written to:
look at the file read-only (header, size, application id, schema revision and shape;
nothing that reads every page, so opening does not grow with the file: the full check
runs in the background, store/full_check.py) -> take the one-instance lock -> back up
if a migration is due -> open with the pragmas -> migrate inside one transaction -> mark
it with ReflectDesk's application id -> load the built-in formats.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from reflectdesk.core.errors import words
from reflectdesk.core.events import ChangeFeed
from reflectdesk.paths import backups_dir, create_private_file, make_private_folder
from reflectdesk.store.backups import backup_database
from reflectdesk.store.engine import create_sqlite_engine
from reflectdesk.store.engine_kind import engine_kind
from reflectdesk.store.errors import (
    MigrationError,
    NewerSchemaError,
    ReadOnlyLocationError,
    StoreError,
)
from reflectdesk.store.instance_lock import InstanceLock
from reflectdesk.store.io_errors import disk_trouble, error_for_os_error, error_for_sqlite_error
from reflectdesk.store.keyring import Keyring
from reflectdesk.store.schema import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    migrations_location,
)
from reflectdesk.store.schema_shape import APPLICATION_ID
from reflectdesk.store.sqlite_file import (
    InspectionInBackground,
    directory_is_writable,
    inspect_database_file,
)

Seeder = Callable[[Session], None]

log = logging.getLogger(__name__)


class Store:
    """One open database: the engine, a sessionmaker, the change feed and the lock.

    Service modules (store/groups.py, ...) open one short transaction per user action
    through :meth:`transaction`; nothing holds a Session between actions.
    """

    def __init__(self, path: Path, engine: Engine, lock: InstanceLock | None) -> None:
        self.path = path
        self.engine = engine
        # The laptop's SQLite file or the department's hub (store/engine_kind.py): what a
        # service that only the laptop has (search, the vault, backups) checks.
        self.kind = engine_kind(engine.dialect.name)
        self.changes = ChangeFeed()
        self._lock = lock
        # The unlocked data key of private notes, if any; every Session carries it so
        # that the vault seam finds it (reflectdesk/store/vault_seam.py).
        self.keyring = Keyring()
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={"keyring": self.keyring}
        )
        # The Session of a snapshot() under way, per thread (see snapshot).
        self._snapshots = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A Session inside one transaction: committed on success, rolled back on error."""
        with translate_errors(self.path), self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A Session for reads only; rolled back at the end. Inside :meth:`snapshot`,
        the snapshot's Session."""
        shared: Session | None = getattr(self._snapshots, "session", None)
        if shared is not None:
            with translate_errors(self.path):
                yield shared
            return
        with translate_errors(self.path), self._sessions() as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every :meth:`reading` on this thread inside shares one Session, so one read
        transaction: a report made of many reads sees one state of the file, even while
        the app writes to it. Writes (:meth:`transaction`) are not part of it; nested
        snapshots are the outer one."""
        if getattr(self._snapshots, "session", None) is not None:
            yield
            return
        with translate_errors(self.path), self._sessions() as session:
            self._snapshots.session = session
            try:
                yield
            finally:
                self._snapshots.session = None

    @property
    def after_unclean_stop(self) -> bool:
        """Whether the last process that had this file open stopped without closing it
        (and no full check has passed since): store/instance_lock.py tells."""
        return self._lock is not None and self._lock.found_unclean_stop

    def full_check_passed(self) -> None:
        """A full check of the file passed: a clean close now owes no other."""
        if self._lock is not None:
            self._lock.settle()

    def schema_revision(self) -> str | None:
        with self.reading() as session:
            return session.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self.keyring.drop()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn driver errors into StoreErrors a user can act on."""
    try:
        yield
    except DBAPIError as error:
        raise _logged(error_for_sqlite_error(path, error.orig), error.orig) from error
    except sqlite3.Error as error:
        raise _logged(error_for_sqlite_error(path, error), error) from error


def _logged(store_error: StoreError, cause: BaseException | None) -> StoreError:
    # Support needs SQLite's own error name; the log formatter keeps only that of it.
    log.warning("database error %s, told the user as %s", cause, store_error)
    return store_error


def open_store(
    path: Path,
    *,
    lock: bool = True,
    seed: Seeder | None = None,
    migrations: Path | None = None,
    for_reading: bool = False,
    inspection: InspectionInBackground | None = None,
) -> Store:
    """Open (creating or upgrading when needed) the database at ``path``.

    ``seed`` runs in its own transaction after migration; the app passes the loader of
    built-in formats. ``migrations`` overrides the script folder (tests only).
    ``for_reading`` opens an existing, current database without the instance lock (for
    CLI listings while the app is open); it never creates, migrates or seeds.
    ``inspection`` is the read-only check of the file already started in the background
    (the app starts it before importing Qt); without it the check runs here.
    Raises a StoreError subclass with a user-facing message on any problem.
    """
    path = path.absolute()
    if for_reading:
        return _open_for_reading(path)
    started = time.perf_counter()
    _ensure_writable_location(path)
    if inspection is not None and inspection.path == path:
        state = inspection.result()
    else:
        state = inspect_database_file(path)
    known = KNOWN_REVISIONS if migrations is None else None
    if known is not None and state.revision is not None and state.revision not in known:
        raise NewerSchemaError(path, state.revision, HEAD_REVISION)

    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    store: Store | None = None
    try:
        # A new file is made owner-only before SQLite opens it; SQLite gives the -wal,
        # -shm and -journal beside it the same modes. If it cannot be made, SQLite's
        # own attempt reports why.
        with suppress(OSError):
            create_private_file(path)
        store = Store(path, create_sqlite_engine(path), instance_lock)
        if migrations is not None or state.revision != HEAD_REVISION:
            backup = None
            if state.revision is not None:
                backup = backup_database(path, backups_dir(path), "before-upgrade")
            _migrate(store, migrations or migrations_location(), backup)
        if state.application_id != APPLICATION_ID:
            _mark_as_ours(store)
        if seed is not None:
            with store.transaction() as session:
                seed(session)
    except BaseException as error:
        # The path is not logged: a file the user named may carry a person's name.
        log.warning("opening the database failed: %s", error)
        if store is not None:
            store.close()  # disposes the engine and releases the lock
        elif instance_lock is not None:
            instance_lock.release()
        raise
    log.info(
        "database opened in %.2f s: schema %s (found %s), %d KB",
        time.perf_counter() - started,
        HEAD_REVISION,
        state.revision or "new",
        _size_kb(path),
    )
    return store


def _mark_as_ours(store: Store) -> None:
    # A new database, or one from before the id that the inspection recognised as ours
    # (the rule is in store/schema_shape.py): from now on the id alone tells.
    with translate_errors(store.path), store.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _size_kb(path: Path) -> int:
    try:
        return path.stat().st_size // 1024
    except OSError:
        return -1


def _open_for_reading(path: Path) -> Store:
    state = inspect_database_file(path)
    if state.empty:
        message = words().gettext("There is no ReflectDesk database at {path}.")
        raise StoreError(message.format(path=path), path=str(path))
    if state.revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(path, str(state.revision), HEAD_REVISION)
    if state.revision != HEAD_REVISION:
        message = words().gettext(
            "{path} was made by an older ReflectDesk; open it once in the app to upgrade it."
        )
        raise StoreError(message.format(path=path), path=str(path))
    return Store(path, create_sqlite_engine(path, read_only=True), None)


def _ensure_writable_location(path: Path) -> None:
    folder = path.parent
    try:
        make_private_folder(folder)  # 0700 when made here (paths.py: owner-only files)
    except OSError as error:
        raise error_for_os_error(folder, error) or ReadOnlyLocationError(
            folder, error.strerror or words().gettext("the folder cannot be made")
        ) from None
    if not directory_is_writable(folder) or (
        path.exists() and path.is_file() and not _file_is_writable(path)
    ):
        # A disk mounted read-only, a folder or file marked so, or someone else's.
        raise disk_trouble(path) or ReadOnlyLocationError(
            folder, words().gettext("the folder is read-only")
        )


def _file_is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _migrate(store: Store, script_location: Path, backup: Path | None) -> None:
    # Alembic is imported only when a migration is due, to keep start-up quick.
    from alembic import command

    config = alembic_config(script_location)
    log.info(
        "migrating the database to schema %s (backup made first: %s)", HEAD_REVISION, bool(backup)
    )
    started = time.perf_counter()
    try:
        with translate_errors(store.path), store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except StoreError:
        store.close()
        raise
    except Exception as error:
        log.exception("migration failed")
        store.close()
        raise MigrationError(store.path, str(error) or type(error).__name__, backup) from error
    log.info("migration done in %.2f s", time.perf_counter() - started)
