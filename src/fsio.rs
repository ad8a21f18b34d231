//! Files in and out, the only code that touches the file system for documents.
//!
//! Reading: only regular files, opened without blocking (a FIFO never hangs naskah), read
//! up to a budget whatever size the file claims (`/dev/zero` claims 0).
//! Writing: never over an existing file without `force` (the check and the write are one
//! step: a no-clobber rename, so two runs into one folder cannot overwrite each other, and
//! a dangling symlink counts as existing), always atomically (a temporary file in the same
//! folder, then a rename); a set of files (the packet) is written into a temporary folder
//! beside the target and moved into place as a whole.

use crate::limits::Budget;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Why a file could not be read or written: a message and a hint, for exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoError {
    pub message: String,
    pub hint: Option<String>,
}

impl IoError {
    fn new(message: impl Into<String>) -> IoError {
        IoError { message: message.into(), hint: None }
    }
    fn hint(mut self, hint: impl Into<String>) -> IoError {
        self.hint = Some(hint.into());
        self
    }
}

/// What kind of thing a path is, when it is not a regular file.
fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    if t.is_dir() {
        return Some("a folder");
    }
    (!t.is_file()).then_some("not a regular file")
}

/// Reads a regular file, refusing anything else and anything over `budget` bytes.
pub fn read_bounded(path: &Path, budget: &Budget) -> Result<Vec<u8>, IoError> {
    let cannot = |e: std::io::Error| IoError::new(format!("cannot read the file: {}", plain_io(&e)));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if let Some(what) = not_a_file(&meta) {
        return Err(IoError::new(format!("this is {what}, not a file")).hint("give the path of a document file"));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // A FIFO swapped in after the check above still cannot block the open.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path).map_err(cannot)?;
    if let Some(what) = not_a_file(&file.metadata().map_err(cannot)?) {
        return Err(IoError::new(format!("this is {what}, not a file")).hint("give the path of a document file"));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(budget.limit) as usize);
    file.take(budget.limit + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > budget.limit {
        return Err(
            IoError::new(format!("the file is {}", budget.exceeded(None))).hint("split the file, or check that it is the right one")
        );
    }
    Ok(bytes)
}

/// Reads a UTF-8 text file (an input, a holiday list) within `budget`.
pub fn read_text(path: &Path, budget: &Budget) -> Result<String, IoError> {
    let bytes = read_bounded(path, budget)?;
    String::from_utf8(bytes)
        .map_err(|e| IoError::new(format!("the file is not UTF-8 text (byte {})", e.utf8_error().valid_up_to())).hint("save it as UTF-8"))
}

/// An I/O error without the Rust formatting ("(os error 2)").
pub fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or folder".into(),
        PermissionDenied => "permission denied".into(),
        AlreadyExists => "it already exists".into(),
        StorageFull => "the disk is full".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

fn parent_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn exists_error(path: &Path) -> IoError {
    IoError::new(format!("{}: already exists", path.display())).hint("pass `--force` to overwrite it, or choose another folder with `-o`")
}

/// Whether something (a file, a folder, a dangling symlink) is at `path`.
pub fn occupied(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes `bytes` to `path` atomically; refuses to replace anything at `path` (even a
/// dangling symlink) unless `force`, in the same step as the write.
///
/// The file is renamed into place whole, so no reader ever sees part of it, but it is not
/// forced to disk (no fsync): a drafted document is reproducible from its input byte for
/// byte, and a flush costs more than drafting it (about 6 ms a file on the development
/// machine's disk, where drafting a document takes less); the tools a user would use
/// instead (docxtpl, LibreOffice) do not flush either. A packet, the set sent to the DPRD,
/// is flushed (`write_set`).
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), IoError> {
    if !force && occupied(path) {
        return Err(exists_error(path));
    }
    let dir = parent_of(path);
    std::fs::create_dir_all(dir).map_err(|e| IoError::new(format!("{}: cannot create the folder: {}", dir.display(), plain_io(&e))))?;
    let cannot = |e: std::io::Error| IoError::new(format!("{}: cannot write: {}", path.display(), plain_io(&e)));
    let mut tmp = tempfile::Builder::new().prefix(".naskah-").tempfile_in(dir).map_err(cannot)?;
    tmp.write_all(bytes).map_err(cannot)?;
    // A temporary file is private (0600); a document is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    if force {
        tmp.persist(path).map_err(|e| cannot(e.error))?;
    } else {
        // Another run may have written the file since the check above: the rename itself
        // refuses to replace it.
        tmp.persist_noclobber(path).map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => exists_error(path),
            _ => cannot(e.error),
        })?;
    }
    Ok(())
}

/// Every file of an embedded folder, with its path inside it ("phrases/ko.yaml"), sorted.
pub fn dir_files(dir: &'static include_dir::Dir<'static>) -> Vec<(String, &'static [u8])> {
    fn walk(dir: &'static include_dir::Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
        for f in dir.files() {
            out.push((f.path().to_string_lossy().replace('\\', "/"), f.contents()));
        }
        for d in dir.dirs() {
            walk(d, out);
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// The name of the file that marks a folder as a set naskah wrote (the packet's manifest).
pub const SET_MARKER: &str = "manifest.json";

/// Writes a set of files as a folder, all or nothing: into a temporary folder beside
/// `dir`, then moved into place. Without `force`, `dir` must not exist or be empty; with
/// `force`, an existing `dir` is replaced as a whole, but only if it holds a set naskah
/// wrote (its `SET_MARKER`) or nothing, so no other file is ever removed.
pub fn write_set(dir: &Path, files: &[(String, &[u8])], force: bool) -> Result<Vec<PathBuf>, IoError> {
    let parent = parent_of(dir);
    std::fs::create_dir_all(parent)
        .map_err(|e| IoError::new(format!("{}: cannot create the folder: {}", parent.display(), plain_io(&e))))?;
    let existing = match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => {
            let entries: Vec<String> = std::fs::read_dir(dir)
                .map_err(|e| IoError::new(format!("{}: cannot read the folder: {}", dir.display(), plain_io(&e))))?
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            if !entries.is_empty() && !force {
                let mut clash: Vec<&String> = entries.iter().filter(|e| files.iter().any(|(n, _)| n == *e)).collect();
                clash.sort();
                let what = if clash.is_empty() {
                    "holds other files".to_string()
                } else {
                    format!("already holds {}", clash.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "))
                };
                return Err(IoError::new(format!("{}: the folder {what}", dir.display()))
                    .hint("a packet is written into a folder of its own: choose a new folder with `-o`, or pass `--force` to replace an earlier packet"));
            }
            if !entries.is_empty() && !entries.iter().any(|e| e == SET_MARKER) {
                return Err(IoError::new(format!("{}: the folder holds files naskah did not write", dir.display()))
                    .hint("`--force` replaces only a folder that holds an earlier packet; choose a new folder with `-o`"));
            }
            if entries.is_empty() {
                // An empty folder is taken over; if another run fills it meanwhile, this
                // fails and the rename below refuses to replace it.
                let _ = std::fs::remove_dir(dir);
            }
            !entries.is_empty()
        }
        Ok(_) if !force => return Err(exists_error(dir)),
        Ok(_) => {
            return Err(IoError::new(format!("{}: is a file, not a folder", dir.display())).hint("choose a folder with `-o`"));
        }
        Err(_) => false,
    };
    let cannot = |e: std::io::Error| IoError::new(format!("{}: cannot write: {}", dir.display(), plain_io(&e)));
    let staging = tempfile::Builder::new().prefix(".naskah-").tempdir_in(parent).map_err(cannot)?;
    for (name, bytes) in files {
        let path = staging.path().join(name);
        let mut f = std::fs::File::create(&path).map_err(cannot)?;
        f.write_all(bytes).map_err(cannot)?;
        f.sync_all().map_err(cannot)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(staging.path(), std::fs::Permissions::from_mode(0o755));
    }
    if existing {
        // Swap the two folders in one step where the system can, else move the old one
        // aside first; either way the old set is removed only once the new one is in place.
        match exchange(staging.path(), dir) {
            // `staging`'s path now holds the old set; dropping it removes it.
            Ok(()) => drop(staging),
            Err(_) => {
                let aside = tempfile::Builder::new().prefix(".naskah-old-").tempdir_in(parent).map_err(cannot)?;
                let old = aside.path().join("set");
                std::fs::rename(dir, &old).map_err(cannot)?;
                let staged = staging.keep();
                std::fs::rename(&staged, dir).map_err(cannot)?;
                drop(aside);
            }
        }
    } else {
        // No-clobber: another run that put its packet here first wins, and this one says so.
        let staged = staging.path().to_path_buf();
        match rename_noreplace(&staged, dir) {
            Ok(()) => {
                let _ = staging.keep();
            }
            Err(e) if matches!(e.kind(), std::io::ErrorKind::AlreadyExists | std::io::ErrorKind::DirectoryNotEmpty) => {
                return Err(IoError::new(format!("{}: another packet was written there meanwhile", dir.display()))
                    .hint("choose a new folder with `-o`"));
            }
            Err(_) => {
                // A file system without RENAME_NOREPLACE: rename(2) still refuses a
                // non-empty folder.
                let staged = staging.keep();
                std::fs::rename(&staged, dir).map_err(|e| {
                    let _ = std::fs::remove_dir_all(&staged);
                    cannot(e)
                })?;
            }
        }
    }
    Ok(files.iter().map(|(n, _)| dir.join(n)).collect())
}

/// Swaps two folders in one step (Linux's `renameat2` with `RENAME_EXCHANGE`); an error
/// where the system cannot.
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (a, b);
        Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
    }
}

/// Renames a folder where nothing is (Linux's `RENAME_NOREPLACE`); elsewhere an error of
/// another kind than `AlreadyExists`, and the caller falls back on a plain rename.
fn rename_noreplace(a: &Path, b: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        renameat_with(CWD, a, CWD, b, RenameFlags::NOREPLACE).map_err(std::io::Error::from)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (a, b);
        Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
    }
}
