using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.09.x (session 29, issue 11 item 5, helper prec29): the strength of labels by wording class, from the judges of the
/// fresh 2022x samples 29200/29201 and the session 28 samples. In our own words, never real cao text.
/// </summary>
public class StrengthTests29
{
    static Label Single(string code, string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent).Single(l => l.Code == code);

    /// <summary>Strength cue plan-in-passive (inspanning, priority 4, strength only): an instrument that "wordt ontwikkeld", options that
    /// "worden onderzocht" or "overwogen", or what "door partijen wordt bepaald" is a plan, not yet a right; it only beats the weakest firm
    /// fallback (passive-or-has), never a firm cue.</summary>
    [Fact]
    public void An_instrument_still_to_be_developed_is_an_effort()
    {
        Assert.Equal(Strength.Inspanning, Single("VWNW.LOOPBAAN", "Er wordt een sectorale loopbaanscan ontwikkeld op basis van nog te bepalen competenties.", "Loopbaanscan").Strength);
    }

    [Fact]
    public void A_scan_the_worker_is_entitled_to_stays_a_right()
    {
        Assert.Equal(Strength.Recht, Single("VWNW.LOOPBAAN", "De werknemer heeft recht op een loopbaanscan die door de werkgever wordt vergoed.").Strength);
    }
}
