using CaoMonitor.Domain;
namespace CaoMonitor.Tests;
public class SmokeTests
{
    [Fact]
    public void VersionInForce()
    {
        var v = new CaoVersion("a", "a", "A", DocumentType.Sector, null, null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), null, null, null);
        Assert.True(v.InForceOn(new DateOnly(2025, 1, 1)));
        Assert.False(v.InForceOn(new DateOnly(2026, 1, 1)));
    }
}
