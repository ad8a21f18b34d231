//! Writing output files: never over an existing file without `force`, always atomically
//! (a temporary file in the same folder, then a rename).

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically; refuses to replace an existing file unless `force`.
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    if path.exists() && !force {
        return Err(format!("{}: already exists\n  hint: pass `--force` to overwrite it", path.display()));
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| format!("{}: cannot write: {e}", dir.display()))?;
    tmp.write_all(bytes).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    // A temporary file is private (0600); a document is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path).map_err(|e| format!("{}: cannot write: {}", path.display(), e.error))?;
    Ok(())
}
