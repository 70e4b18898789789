namespace CaoMonitor.Sources;

/// <summary>
/// A file offered for ingest. <see cref="RegistryPath"/> is how a registry names it: the path
/// relative to the folder holding the registry (or the ingest root), with forward slashes.
/// </summary>
public sealed record SourceFile(string FullPath, string RegistryPath);
