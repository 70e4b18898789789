using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.70.0 and engine 31 (session 23, issue 11 items 1 and 4, helper prec23). Boundaries that judges decided both ways
/// on the same text are now decided in the definitions, and the rules follow: a fund that pays for or runs something other
/// than learning or career development is no LLO.FONDS; a bonus paid to a learner is pay, not werkend leren; unused days or
/// hours that lapse arrange nothing; "geen doorbetaling van de schooldag" gives no time; a lid titled after EVC is no
/// development talk. Engine 31: an off-topic rule may carry `unless`, checked in the same sentence. In our own words
/// (never real cao text); each negative case was labelled by rules 1.61.1, each positive case keeps its label.
/// </summary>
public class JudgeConsistencyTests23
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>Research into working from home, paid by the training fund, is research, not a fund provision.</summary>
    [Theory]
    [InlineData("Partijen laten in de looptijd van deze cao onderzoeken of een regeling voor thuiswerken past bij de branche. Dit onderzoek wordt gefinancierd uit het O&O-fonds.", "Thuiswerkbeleid")]
    [InlineData("De Stichting Opleidingsfonds Groenbouw treedt op als beheersorgaan van de keuringsregeling voor uitzendbureaus en sluit daartoe een overeenkomst met een keuringsinstantie.", "Keuringsregeling")]
    public void A_fund_paying_for_something_other_than_learning_is_no_fund_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.FONDS");
    }

    /// <summary>The same form with learning or career development in the sentence keeps the fund label.</summary>
    [Theory]
    [InlineData("Werknemers kunnen in 2025 een voucher van ten hoogste € 400 krijgen voor een cursus digitale vaardigheden, betaald door het O&O-fonds.", "Digitale vaardigheden")]
    [InlineData("Eens in de vier jaar kun je een loopbaanscan aanvragen. Deze loopbaanscan wordt via het O&O-fonds aangeboden.", "Loopbaanscan")]
    [InlineData("De werkgever draagt jaarlijks een premie van 0,3% van de loonsom af, die wordt betaald door de werkgever aan het O&O-fonds.", "Premie O&O-fonds")]
    public void A_fund_paying_for_learning_or_its_premium_stays_a_fund_provision(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.FONDS");
    }

    /// <summary>A bonus for a learner who passes or continues is pay; a subsidy to the employer per learner is not pay.</summary>
    [Theory]
    [InlineData("De leerling die na zijn bbl-opleiding op niveau 2 doorgaat naar niveau 3, ontvangt na twee maanden een doorleerbonus van 400 euro.", "Doorleerbonus")]
    [InlineData("Aan de werknemer die via de beroepsbegeleidende leerweg een vakopleiding volgt, wordt bij het behalen van het diploma een extra bruto uitkering verleend van € 250.", "Leerlingtoeslagen")]
    [InlineData("De werkgever krijgt van het fonds de diplomatoeslag van € 180 vergoed die hij aan de bbl-leerling uitkeert bij het behalen van zijn diploma.", "Vergoeding")]
    public void A_bonus_for_a_learner_is_no_werkend_leren(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>A package for taking on learners keeps its label although one item names the existing diploma bonus.</summary>
    [Fact]
    public void A_package_for_learners_naming_a_bonus_keeps_werkend_leren()
    {
        var text = "Om meer leerlingen aan te trekken en te behouden komt er een pakket maatregelen beschikbaar.\nDe maatregelen zijn:\n" +
                   "- een vergoeding voor bedrijven die leerlingen opleiden tot hun diploma;\n- voor leerlingen de bestaande diplomabonus;\n" +
                   "- meer kleine opleidingsgroepen bij de scholen.";
        Assert.Contains(Classify(text, "Instroom leerlingen"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>Unused learning days or hours that lapse arrange nothing (rules 1.22.1), in either word order.</summary>
    [Theory]
    [InlineData("3. Het recht op betaalde studiedagen van een jaar vervalt wanneer de dagen aan het eind van dat jaar niet zijn opgenomen.", "Betaalde studiedagen")]
    [InlineData("6. Bij het einde van het dienstverband vervallen de niet-opgenomen leeruren.", "Leeruren")]
    public void Lapsing_learning_time_is_no_time_for_learning(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.TIJD");
    }

    /// <summary>A lapse on a condition that is not about unused time still leaves the arrangement (a fund's reimbursement condition).</summary>
    [Fact]
    public void The_days_themselves_stay_time_for_learning()
    {
        Assert.Contains(Classify("1. De werknemer heeft per jaar recht op drie betaalde studiedagen voor een opleiding die bij zijn vak past.", "Betaalde studiedagen"),
            l => l.Code == "LLO.TIJD");
    }

    /// <summary>"Geen doorbetaling van de schooldag": the learner gets his school costs, not paid time.</summary>
    [Fact]
    public void No_paid_school_day_is_no_time_for_learning()
    {
        var text = "2. De volwassen leerling die de branche-opleiding volgt, ontvangt geen doorbetaling van de schooldag. " +
                   "Hij ontvangt wel een vergoeding voor schoolgeld en boeken tot € 800 per schooljaar.";
        Assert.DoesNotContain(Classify(text, "Branche-opleiding"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>A lid titled after EVC is LLO.EVC, also where it says EVC comes up in the talk about the POP.</summary>
    [Fact]
    public void An_evc_lid_is_no_development_talk()
    {
        var text = "EVC-traject\nBeschikt de werknemer niet over een diploma op het niveau van zijn functie, dan wordt in het gesprek over het " +
                   "persoonlijk ontwikkelingsplan in elk geval besproken of een EVC-procedure voor hem zinvol is.";
        Assert.DoesNotContain(Classify(text, "EVC-traject", "Persoonlijk ontwikkelingsplan"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>Rules 1.70.1: how the worker decides on and accounts for his DI hours is the budget's mechanics (rules 1.23.0).</summary>
    [Fact]
    public void Deciding_and_accounting_for_di_hours_is_no_di_arrangement()
    {
        var text = "Artikel 4 Algemeen\n1 Inzetbaarheidsuren worden niet in geld uitbetaald.\n2 De werknemer bepaalt hoe hij de DI-uren inzet. " +
                   "Hij legt in de jaarlijkse gesprekken verantwoording af over de aanwending ervan.";
        Assert.DoesNotContain(Classify(text, "Algemeen", "Duurzame inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>Rules 1.70.1: the annual talk as the place where the manager points to a career advice elsewhere is no development talk.</summary>
    [Fact]
    public void Pointing_to_options_in_the_annual_talk_is_no_development_talk()
    {
        var text = "3 Komt in het jaargesprek de verdere loopbaan ter sprake, dan wijst de leidinggevende de werknemer op de ondersteuningsmogelijkheden " +
                   "die de werkgever biedt, zoals een loopbaanadvies door een deskundige.";
        Assert.DoesNotContain(Classify(text, "Verslag en afspraken"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>Rules 1.70.1: a career scan the fund offers counts as career development even when the PDF split the word.</summary>
    [Fact]
    public void A_split_career_scan_via_the_fund_stays_a_fund_provision()
    {
        Assert.Contains(Classify("Eens in de vier jaar kun je een loopbaanscan aanvragen. Deze loopba anscan wordt via het O&O-fonds aangeboden.", "Loopbaanscan"),
            l => l.Code == "LLO.FONDS");
    }

    /// <summary>Rules 1.80.1 (written as 1.70.3): outplacement among the possible parts of a package of agreements made in a sociaal plan is a
    /// traject, as herplaatsing there is internal mobility (item 9 of the definitions review).</summary>
    [Fact]
    public void A_package_agreed_in_a_sociaal_plan_with_outplacement_is_a_traject()
    {
        var text = "2 Bij een reorganisatie met boventalligheid wordt in het sociaal plan een pakket afspraken gemaakt met als mogelijke onderdelen onder meer:\n" +
                   " – herplaatsing binnen de instelling;\n – om- en bijscholing;\n – outplacement en andere begeleiding naar werk bij een andere werkgever.";
        var labels = Classify(text, "Sociaal plan", "Reorganisatie");
        Assert.Contains(labels, l => l.Code == "VWNW.TRAJECT");
        Assert.Contains(labels, l => l.Code == "VWNW.INTERN");
    }

    /// <summary>What a sociaal plan must pay attention to stays its content, not a traject.</summary>
    [Fact]
    public void What_a_sociaal_plan_must_contain_is_no_traject()
    {
        var text = "In het sociaal plan wordt onder andere aandacht besteed aan:\n – herplaatsing;\n – outplacement.";
        Assert.DoesNotContain(Classify(text, "Sociaal plan"), l => l.Code == "VWNW.TRAJECT");
    }
}
