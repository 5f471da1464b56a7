<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/about_dialog.py" line="+51"/>
        <source>About</source>
        <translation>Over dit programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReflectDesk %1</source>
        <translation>ReflectDesk %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A companion for facilitators of reflective-practice groups. Everything stays on this computer, in:
%1</source>
        <translation>Een hulpmiddel voor begeleiders van reflectiegroepen. Alles blijft op deze computer, in:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Made with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Components and their licences</source>
        <translation>Onderdelen en hun licenties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ships no licence file here; its licence is named above.</source>
        <translation>%1 levert hier geen licentiebestand mee; de licentie staat hierboven.</translation>
    </message>
</context>
<context>
    <name>ArchiveOffers</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/archive_offers.py" line="+67"/>
        <source>Import archive</source>
        <translation>Archief importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import “%1” into this database?</source>
        <translation>“%1” importeren in deze database?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its groups and sessions are added to the ones here; what is already here is kept and nothing is duplicated. The file: %1</source>
        <translation>De groepen en bijeenkomsten erin komen bij die van hier; wat er al is, blijft staan en niets wordt dubbel opgenomen. Het bestand: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>AttendanceListExport</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/attendance_list_export.py" line="+51"/>
        <location line="+45"/>
        <source>Could not export the attendance list</source>
        <translation>Kon de presentielijst niet exporteren</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to sign (*.pdf)</source>
        <translation>PDF om te tekenen (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Attendance List</source>
        <translation>Presentielijst exporteren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Exporting the attendance list</source>
        <translation>Presentielijst exporteren</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../reflectdesk/ui/room/attendance_panel.py" line="+65"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minutes not recorded</source>
        <translation>minuten niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min away</source>
        <translation>
            <numerusform>%n min afwezig</numerusform>
            <numerusform>%n min afwezig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 present · 2 absent · 3 excused · 4 late · 5 left early · 0 clear</source>
        <translation>1 aanwezig · 2 afwezig · 3 afgemeld · 4 te laat · 5 eerder weg · 0 wissen</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: 1 present · 2 absent · 3 excused · 4 late · 5 left early · 0 clear</source>
        <translation>Toetsen: 1 aanwezig · 2 afwezig · 3 afgemeld · 4 te laat · 5 eerder weg · 0 wissen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 present</source>
        <translation>%1 van %2 aanwezig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 not marked yet</source>
        <translation> · %1 nog niet ingevuld</translation>
    </message>
</context>
<context>
    <name>AttendanceRecordExports</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/attendance_exports.py" line="+42"/>
        <source>Every participant</source>
        <translation>Elke deelnemer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One PDF, a page each</source>
        <translation>Eén PDF, een pagina per deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder with a PDF for each participant</source>
        <translation>Een map met een PDF per deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;iles:</source>
        <translation>&amp;Bestanden:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Folder for the certificates</source>
        <translation>Map voor de bewijzen van deelname</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../reflectdesk/ui/room/attendance_panel.py" line="-113"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left early</source>
        <translation>Eerder weg</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../reflectdesk/ui/jobs/autosave.py" line="+126"/>
        <source>it could not be written in time</source>
        <translation>het opslaan lukte niet op tijd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editing…</source>
        <translation>Wordt bewerkt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>BackupsAfterChange</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/backups_after_change.py" line="+59"/>
        <source>The passphrase is changed, but no new backup was made</source>
        <translation>De wachtwoordzin is gewijzigd, maar er is geen nieuwe back-up gemaakt</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n oudere back-up verwijderd.</numerusform>
            <numerusform>%n oudere back-ups verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/calendar_export.py" line="+41"/>
        <location line="+32"/>
        <source>Could not export the calendar</source>
        <translation>De agenda kon niet worden geëxporteerd</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Export Calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Session to Calendar</source>
        <translation>Bijeenkomst naar agenda exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>CardBrowserDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/library/card_browser.py" line="+98"/>
        <source>Prompt Cards</source>
        <translation>Vraagkaarten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Search every deck</source>
        <translation>Zoek in alle kaartensets</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Search every deck (Ctrl+F)</source>
        <translation>Zoeken in alle kaartensets (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ &amp;Favourites only</source>
        <translation>★ Alleen &amp;favorieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the ★ cards of every deck (Alt+F)</source>
        <translation>Toon de ★-kaarten uit alle kaartensets (Alt+F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename and describe your deck</source>
        <translation>Geef je kaartenset een andere naam of beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, in the cards</source>
        <translation>, in de lijst met kaarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the decks</source>
        <translation>, in de lijst met kaartensets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Deck…</source>
        <translation>&amp;Nieuwe kaartenset…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a deck</source>
        <translation>Begin een nieuwe kaartenset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make your own copy</source>
        <translation>Maak een eigen kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Deck…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Dec&amp;k…</source>
        <translation>Kaartenset &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete your deck</source>
        <translation>Verwijder je kaartenset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a deck from a file</source>
        <translation>Voeg een kaartenset toe uit een bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the deck as a file</source>
        <translation>Sla de kaartenset op als bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Card…</source>
        <translation>Kaart &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a card to your deck</source>
        <translation>Voeg een kaart toe aan je kaartenset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Card…</source>
        <translation>Kaart &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the card</source>
        <translation>Bewerk de kaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the card (Enter or F2, in the cards)</source>
        <translation>Bewerk de kaart (Enter of F2, in de lijst met kaarten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete Card…</source>
        <translation>Kaart ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the card</source>
        <translation>Verwijder de kaart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fa&amp;vourite</source>
        <translation>Fav&amp;oriet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Decks</source>
        <translation>&amp;Kaartensets</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own</source>
        <translation>eigen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+63"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-40"/>
        <source>No decks</source>
        <translation>Geen kaartensets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every deck</source>
        <translation>Alle kaartensets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards of every deck. Esc clears the search; choosing a deck shows it.</source>
        <translation>Kaarten uit alle kaartensets. Esc wist de zoekopdracht; kies je een kaartenset, dan zie je die.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in deck: built-ins are copied, not edited. Duplicate it (Ctrl+D) to make your own copy; marking favourites (Space) works here too.</source>
        <translation>Ingebouwde kaartenset: die kun je niet bewerken, wel kopiëren. Dupliceer de set (Ctrl+D) voor een eigen kopie; favorieten markeren (Space) kan hier ook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own deck · key: %1</source>
        <translation>Eigen kaartenset · code: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n card(s) in every deck match “%1”</source>
        <translation>
            <numerusform>%n kaart met “%1” in alle kaartensets</numerusform>
            <numerusform>%n kaarten met “%1” in alle kaartensets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n favourite(s) in every deck</source>
        <translation>
            <numerusform>%n favoriet in alle kaartensets</numerusform>
            <numerusform>%n favorieten in alle kaartensets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No card matches. Clear the search with Esc in the search box.</source>
        <translation>Geen kaart gevonden. Wis de zoekopdracht met Esc in het zoekveld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deck has no cards yet. Add one with Ctrl+N.</source>
        <translation>Deze kaartenset heeft nog geen kaarten. Voeg er een toe met Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card selected.</source>
        <translation>Geen kaart gekozen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>★ Fa&amp;vourite</source>
        <translation>★ Fav&amp;oriet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Fa&amp;vourite</source>
        <translation>☆ Fav&amp;oriet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmark as a favourite</source>
        <translation>Haal weg uit je favorieten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as a favourite</source>
        <translation>Markeer als favoriet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (Space, in the cards)</source>
        <translation> (Space, in de lijst met kaarten)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not mark the card</source>
        <translation>De kaart kon niet worden gemarkeerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked “%1” as a favourite.</source>
        <translation>“%1” is nu een favoriet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmarked “%1”.</source>
        <translation>“%1” is geen favoriet meer.</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/library/card_dialogs.py" line="+106"/>
        <source>Edit Card</source>
        <translation>Kaart bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Add Card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Stage</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. Feelings or Check-out</source>
        <translation>optioneel, bijv. Gevoelens of Check-out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a short heading, e.g. At the time</source>
        <translation>een korte kop, bijv. Op het moment zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prompt as the group reads it: one or two sentences.</source>
        <translation>De vraag zoals de groep hem leest: een of twee zinnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In “%1”</source>
        <translation>In “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Card</source>
        <translation>Kaart opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card (Enter; Ctrl+Enter in the text)</source>
        <translation>Kaart opslaan (Enter; Ctrl+Enter in de tekst)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; past %1 it may not read from across a room</source>
        <translation>; boven de %1 is het achter in de zaal misschien niet meer te lezen</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../reflectdesk/ui/room/card_panel.py" line="+82"/>
        <source>Cards in the deck</source>
        <translation>Kaarten in de kaartenset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Card</source>
        <translation>Volgende kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random Card</source>
        <translation>Willekeurig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show on Screen</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide from Screen</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cards shown in this session</source>
        <translation>Kaarten die in deze bijeenkomst zijn getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept with the session record</source>
        <translation>Wordt bewaard bij de gegevens van de bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in this session</source>
        <translation>Getoond in deze bijeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt cards</source>
        <translation>Vraagkaarten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 — suggested for this phase</source>
        <translation>%1 — aanbevolen voor deze fase</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Press C for the next card or R for a random one.</source>
        <translation>Druk op C voor de volgende kaart of op R voor een willekeurige.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next card ready: %1 (S shows it).</source>
        <translation>Volgende kaart klaar: %1 (S toont hem).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every card of this deck has been shown; starting again.</source>
        <translation>Alle kaarten uit deze kaartenset zijn getoond; we beginnen opnieuw.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Could not record the card</source>
        <translation>De kaart kon niet worden vastgelegd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A card is on the presenter screen (H hides it).</source>
        <translation>Er staat een kaart op het presentatiescherm (H haalt hem weg).</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <location filename="../../reflectdesk/ui/library/card_browser.py" line="-367"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deck</source>
        <translation>Kaartenset</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not a favourite</source>
        <translation>Geen favoriet</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/chart_text.py" line="+20"/>
        <location line="+8"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: n %2, too few to report</source>
        <translation>%1: n %2, te weinig om te rapporteren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: n %2, median %3, %4 agree; answers %5</source>
        <translation>%1: n %2, mediaan %3, %4 eens; antwoorden %5</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>% agree, session by session</source>
        <translation>% eens, per bijeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean score, session by session</source>
        <translation>gemiddelde score, per bijeenkomst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Participants who attended: %1</source>
        <translation>Aanwezige deelnemers: %1</translation>
    </message>
</context>
<context>
    <name>ClockSpeech</name>
    <message>
        <location filename="../../reflectdesk/ui/room/clock_speech.py" line="+36"/>
        <location line="+22"/>
        <source>Session finished</source>
        <translation>Bijeenkomst afgelopen</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>nog %n minuut</numerusform>
            <numerusform>nog %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>over time by %n minute(s)</source>
        <translation>
            <numerusform>%n minuut over tijd</numerusform>
            <numerusform>%n minuten over tijd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused. %1</source>
        <translation>Gepauzeerd. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over time</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly time</source>
        <translation>Bijna tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left in this phase</source>
        <translation>Nog te gaan in deze fase</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Planned length %n minute(s)</source>
        <translation>
            <numerusform>Geplande duur %n minuut</numerusform>
            <numerusform>Geplande duur %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session: %n minute(s) in</source>
        <translation>
            <numerusform>Bijeenkomst: %n minuut bezig</numerusform>
            <numerusform>Bijeenkomst: %n minuten bezig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Session finished.</source>
        <translation>De bijeenkomst is afgelopen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1 of %2: %3. %4.</source>
        <translation>Fase %1 van %2: %3. %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Nearly time: %n minute(s) left.</source>
        <translation>
            <numerusform>Bijna tijd: nog %n minuut.</numerusform>
            <numerusform>Bijna tijd: nog %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over time in %1.</source>
        <translation>De fase %1 is over tijd.</translation>
    </message>
</context>
<context>
    <name>ColumnHeadings</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/group_list.py" line="+37"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/groups/member_list_table.py" line="+35"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reflectdesk/ui/groups/members_panel.py" line="+32"/>
        <location filename="../../reflectdesk/ui/room/attendance_panel.py" line="+17"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/groups/members_panel.py" line="+1"/>
        <source>Sorted under</source>
        <translation>Gesorteerd op</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/groups/member_list_table.py" line="-1"/>
        <location filename="../../reflectdesk/ui/groups/members_panel.py" line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/groups/members_panel.py" line="+1"/>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/groups/sessions_panel.py" line="+56"/>
        <source>When</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reflectdesk/ui/records/leader_log_table.py" line="+55"/>
        <source>Format</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>Inbrenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/room/attendance_panel.py" line="+1"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_log_table.py" line="-3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group or event</source>
        <translation>Groep of activiteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_progress.py" line="+20"/>
        <source>Done?</source>
        <translation>Gedaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you are</source>
        <translation>Waar je staat</translation>
    </message>
</context>
<context>
    <name>ConditionsChart</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/series_charts.py" line="+251"/>
        <source>Participants who attended</source>
        <translation>Aanwezige deelnemers</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/crash_dialog.py" line="+51"/>
        <source>Unexpected Error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;ReflectDesk hit an unexpected error.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Er ging iets onverwachts mis in ReflectDesk.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your records are saved: every change is written to the database as you make it, and notes within a second of your last keystroke. What may be lost is the last moment of typing, and changes in an editor you had not saved yet.

You can go on working. If something looks wrong, close ReflectDesk and open it again.

The details are in the log file, without anything you wrote. If this keeps happening, send them to whoever supports ReflectDesk for you.</source>
        <translation>Je gegevens zijn bewaard: elke wijziging wordt meteen in de database vastgelegd, en notities binnen een seconde na je laatste toetsaanslag. Wat verloren kan zijn gegaan: de laatste tellen typen en wijzigingen in een bewerkingsvenster die je nog niet had opgeslagen.

Je kunt gewoon verder werken. Ziet iets er niet goed uit, sluit ReflectDesk dan en open het opnieuw.

De details staan in het logbestand, zonder iets van wat je zelf hebt geschreven. Blijft dit gebeuren, stuur ze dan naar degene die ReflectDesk voor je ondersteunt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Log Folder</source>
        <translation>Logmap &amp;openen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n more error(s) happened since; they are in the log too.</source>
        <translation>
            <numerusform>Sindsdien is er nog %n fout opgetreden; die staat ook in het logbestand.</numerusform>
            <numerusform>Sindsdien zijn er nog %n fouten opgetreden; die staan ook in het logbestand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are on the clipboard.</source>
        <translation>De details staan op het klembord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder could not be opened. It is: %1</source>
        <translation>De map kon niet worden geopend. Je vindt hem hier: %1</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/file_check.py" line="+74"/>
        <source>ReflectDesk found damage in this database file. Restore a healthy copy now with File ▸ Restore from Backup…; what you add until then may be lost.</source>
        <translation>ReflectDesk heeft schade gevonden in dit databasebestand. Zet nu een gezonde kopie terug met Bestand ▸ Back-up terugzetten…; wat je tot dan toevoegt, kan verloren gaan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from Backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged</source>
        <translation>Het databasebestand is beschadigd</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <location filename="../../reflectdesk/ui/room/debrief_panel.py" line="+37"/>
        <source>Co-facilitator debrief</source>
        <translation>Nabespreking met je co-begeleider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A minute together, saved with the session. Skip it if you like.</source>
        <translation>Even samen terugkijken; het wordt bij de bijeenkomst bewaard. Overslaan mag ook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the silence helped</source>
        <translation>bijv. de stilte hielp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. step in sooner when it turns to advice</source>
        <translation>bijv. eerder bijsturen als er adviezen komen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save De&amp;brief</source>
        <translation>Nabespreking op&amp;slaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What went &amp;well?</source>
        <translation>Wat ging &amp;goed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do &amp;differently?</source>
        <translation>Wat doen we &amp;anders?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who presents ne&amp;xt?</source>
        <translation>Wie is de volgende &amp;inbrenger?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief saved with the session.</source>
        <translation>Nabespreking opgeslagen bij de bijeenkomst.</translation>
    </message>
</context>
<context>
    <name>DeckDelegate</name>
    <message>
        <location filename="../../reflectdesk/ui/common/deck_column.py" line="+43"/>
        <source>No deck</source>
        <translation>Geen kaartenset</translation>
    </message>
</context>
<context>
    <name>DeckDetailsDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/library/card_dialogs.py" line="+19"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Balint — our own questions</source>
        <translation>bijv. Balint — onze eigen vragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional: what the deck is for</source>
        <translation>optioneel: waar de kaartenset voor bedoeld is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
</context>
<context>
    <name>DeckEditing</name>
    <message>
        <location filename="../../reflectdesk/ui/library/card_editor.py" line="+80"/>
        <source>Show Details… lists every problem.</source>
        <translation>Onder ‘Details tonen…’ vind je alle problemen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made “%1”. Add its cards with Ctrl+N.</source>
        <translation>“%1” is aangemaakt. Voeg er kaarten aan toe met Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Deck</source>
        <translation>Nieuwe kaartenset</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <source>Saved “%1”.</source>
        <translation>“%1” is opgeslagen.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Rename Deck</source>
        <translation>Naam van kaartenset wijzigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not copy the deck</source>
        <translation>De kaartenset kon niet worden gekopieerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made “%1”, your own copy: rename it (Ctrl+R), add cards (Ctrl+N).</source>
        <translation>“%1” is aangemaakt als je eigen kopie. Geef de set een andere naam (Ctrl+R) of voeg kaarten toe (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added “%1”.</source>
        <translation>“%1” is toegevoegd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not delete the card</source>
        <translation>De kaart kon niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Deleted “%1”.</source>
        <translation>“%1” is verwijderd.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Delete the card “%1”? Session records keep it if it was shown.</source>
        <translation>Kaart “%1” verwijderen? Is de kaart al eens getoond, dan blijft hij bewaard bij die bijeenkomst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Card</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not delete the deck</source>
        <translation>De kaartenset kon niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Deck</source>
        <translation>Kaartenset verwijderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Deck</source>
        <translation>Kaartenset exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Deck</source>
        <translation>Kaartenset importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck files (*.toml);;All files (*)</source>
        <translation>Kaartensetbestanden (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import the deck</source>
        <translation>De kaartenset kon niet worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported “%1” as your own deck, key %2.</source>
        <translation>“%1” is geïmporteerd als je eigen kaartenset, met code %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export the deck</source>
        <translation>De kaartenset kon niet worden geëxporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” is geëxporteerd naar %2.</translation>
    </message>
</context>
<context>
    <name>DeckEditingCounts</name>
    <message numerus="yes">
        <location line="-32"/>
        <source>Delete “%1” and its %n card(s)? Session records keep the cards that were shown. This cannot be undone.</source>
        <translation>
            <numerusform>“%1” met %n kaart erin verwijderen? Is de kaart al eens getoond, dan blijft hij bewaard bij die bijeenkomst. Dit kun je niet ongedaan maken.</numerusform>
            <numerusform>“%1” met de %n kaarten erin verwijderen? Kaarten die al zijn getoond, blijven bewaard bij die bijeenkomsten. Dit kun je niet ongedaan maken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DivergingBarChart</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/charts.py" line="+133"/>
        <source>%1 agree</source>
        <translation>%1 eens</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n left blank</source>
        <translation>
            <numerusform>, %n leeg gelaten</numerusform>
            <numerusform>, %n leeg gelaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · reverse-worded, scored the other way round</source>
        <translation> · omgekeerd geformuleerd, andersom gescoord</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>← disagree</source>
        <translation>← oneens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree →</source>
        <translation>eens →</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>too few to report</source>
        <translation>te weinig om te rapporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answers</source>
        <translation>geen antwoorden</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/welcome_page.py" line="+138"/>
        <source>No group selected</source>
        <translation>Geen groep gekozen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group holds its members, ground rules and the series of sessions you facilitate. Pick one from the list, or create a new one. Archived groups appear with “Show archived groups” under the list.</source>
        <translation>Een groep bewaart de groepsleden, de afspraken en de reeks bijeenkomsten die je begeleidt. Kies er een uit de lijst of maak een nieuwe groep. Gearchiveerde groepen zie je met ‘Gearchiveerde groepen tonen’ onder de lijst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
</context>
<context>
    <name>EvaluationChart</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/chart_base.py" line="+166"/>
        <source>%1-point scale:</source>
        <translation>%1-puntsschaal:</translation>
    </message>
</context>
<context>
    <name>EvaluationEntryDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/entry.py" line="+223"/>
        <source>Conditions Check</source>
        <translation>Voorwaardencheck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter Paper Forms</source>
        <translation>Papieren formulieren invoeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymous (nobody linked)</source>
        <translation>Anoniem (aan niemand gekoppeld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link only this form to a member; the next form is anonymous again.</source>
        <translation>Koppel alleen dit formulier aan een groepslid; het volgende formulier is weer anoniem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code on the form, if any</source>
        <translation>De code op het formulier, als die er is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant&apos;s own code pairs their start and end forms without a name. With a member chosen and no code, the member&apos;s pseudonym is used.</source>
        <translation>Met de eigen code van de deelnemer horen het begin- en eindformulier bij elkaar, zonder naam. Is er een groepslid gekozen en geen code ingevuld, dan krijgt het formulier het pseudoniem van dat groepslid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Respondent &amp;code:</source>
        <translation>&amp;Deelnemerscode:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Form (Ctrl+Enter)</source>
        <translation>Formulier opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Member:</source>
        <translation>&amp;Groepslid:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no questionnaire for this yet.</source>
        <translation>Hiervoor is nog geen vragenlijst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rate each condition of today&apos;s session; it takes under a minute.</source>
        <translation>Beoordeel elke voorwaarde voor de bijeenkomst van vandaag; dat kost nog geen minuut.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>One paper form at a time. %n form(s) already entered here.</source>
        <translation>
            <numerusform>Eén papieren formulier tegelijk. Hier al ingevoerd: %n formulier.</numerusform>
            <numerusform>Eén papieren formulier tegelijk. Hier al ingevoerd: %n formulieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This form is empty: nothing to save yet.</source>
        <translation>Dit formulier is leeg: er is nog niets om op te slaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the form</source>
        <translation>Het formulier kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Form %1 saved · %2 entered in this sitting</source>
        <translation>✓ Formulier %1 opgeslagen · %2 ingevoerd in deze ronde</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Form Not Saved</source>
        <translation>Formulier niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form is half entered. Save it before closing?</source>
        <translation>Dit formulier is maar half ingevoerd. Opslaan voordat je sluit?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this form</source>
        <translation>Dit formulier opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>EvaluationMenu</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/evaluation_menu.py" line="+43"/>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter &amp;Paper Forms…</source>
        <translation>&amp;Papieren formulieren invoeren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass the &amp;Laptop…</source>
        <translation>&amp;Laptop rondgeven…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Conditions Check…</source>
        <translation>Voorwaarden&amp;check…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation &amp;Results…</source>
        <translation>Evaluatie&amp;resultaten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questionnaires…</source>
        <translation>&amp;Vragenlijsten…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a session first.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a group or one of its sessions first.</source>
        <translation>Kies eerst een groep of een bijeenkomst van die groep.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a group first.</source>
        <translation>Kies eerst een groep.</translation>
    </message>
</context>
<context>
    <name>EvaluationResultsPage</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/results.py" line="+62"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Vragenlijst:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 (%n form(s))</source>
        <translation>
            <numerusform>%1 (%n keer ingevuld)</numerusform>
            <numerusform>%1 (%n keer ingevuld)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Could not load the results: %1</source>
        <translation>De resultaten konden niet worden geladen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any questionnaire</source>
        <translation>welke vragenlijst dan ook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No forms for %1 in this group yet.

Enter paper forms, one per person, from the Evaluation menu, or hand the laptop round with Pass the Laptop so each participant fills in their own. Results appear here as soon as the first form is saved.</source>
        <translation>Nog geen formulieren voor %1 in deze groep.

Voer papieren formulieren in (één per persoon) via het menu Evaluatie, of geef de laptop rond met Laptop rondgeven, zodat elke deelnemer zelf invult. De resultaten verschijnen hier zodra het eerste formulier is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>EvaluationResultsWindow</name>
    <message>
        <location line="+17"/>
        <source>Evaluation Results — %1</source>
        <translation>Evaluatieresultaten — %1</translation>
    </message>
</context>
<context>
    <name>ExportTitles</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/export_options.py" line="+22"/>
        <source>Export Session Summary</source>
        <translation>Verslag van de bijeenkomst exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Participant Handout</source>
        <translation>Hand-out voor deelnemers exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Series Report</source>
        <translation>Reeksrapport exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Learning Bulletin</source>
        <translation>Nieuwsbrief met leerpunten exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Group Tables</source>
        <translation>Groepstabellen exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Attendance Register</source>
        <translation>Presentielijst exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Certificates of Attendance</source>
        <translation>Bewijzen van deelname exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Appraisal Evidence</source>
        <translation>Portfoliobewijs exporteren</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/export_actions.py" line="+110"/>
        <source>Could not check the notes</source>
        <translation>De notities konden niet worden gecontroleerd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These texts are exported as they are saved. To change the wording, close this and edit the note in its session.</source>
        <translation>Deze teksten worden geëxporteerd zoals ze zijn opgeslagen. Wil je iets anders formuleren? Sluit dan dit venster en pas de notitie aan bij de bijeenkomst zelf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not record the choice</source>
        <translation>De keuze kon niet worden vastgelegd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning point</source>
        <translation>Leerpunt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private note: %1</source>
        <translation>Privénotitie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+253"/>
        <location filename="../../reflectdesk/ui/exports/print_actions.py" line="+69"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Save PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <location line="+40"/>
        <source>Saved %1.</source>
        <translation>Opgeslagen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n bestand in %1</numerusform>
            <numerusform>%n bestanden in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting tables</source>
        <translation>Tabellen exporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save workbook</source>
        <translation>Werkmap opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the CSV files</source>
        <translation>Map voor de CSV-bestanden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting archive</source>
        <translation>Archief exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save archive</source>
        <translation>Archief opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>ReflectDesk archive (*.rdarchive *.zip)</source>
        <translation>ReflectDesk-archief (*.rdarchive *.zip)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import archive</source>
        <translation>Archief importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n record(s) from %1</source>
        <translation>
            <numerusform>%n onderdeel uit %1</numerusform>
            <numerusform>%n onderdelen uit %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing archive</source>
        <translation>Archief importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1.</source>
        <translation>Geïmporteerd: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Private notes from another laptop</source>
        <translation>Privénotities van een andere laptop</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n private note(s) in this archive were encrypted with the passphrase of the laptop they were written on. Type that passphrase to bring them in; they are then encrypted with yours.</source>
        <translation>
            <numerusform>%n privénotitie in dit archief is versleuteld met de wachtwoordzin van de laptop waarop hij is geschreven. Typ die wachtwoordzin om hem binnen te halen; daarna wordt hij versleuteld met die van jou.</numerusform>
            <numerusform>%n privénotities in dit archief zijn versleuteld met de wachtwoordzin van de laptop waarop ze zijn geschreven. Typ die wachtwoordzin om ze binnen te halen; daarna worden ze versleuteld met die van jou.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../reflectdesk/ui/exports/print_actions.py" line="-7"/>
        <source>Preparing to print</source>
        <translation>Afdrukken voorbereiden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be shown.</source>
        <translation>Het document kon niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>FirstSessionGuide</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/first_session_guide.py" line="+21"/>
        <location line="+4"/>
        <source>Your first session</source>
        <translation>Je eerste bijeenkomst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the menus</source>
        <translation>de menu&apos;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a group</source>
        <translation>Een groep aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1. Give the group a name and choose its format (a Balint group with one case, an intervision method): the format sets the phases and their minutes.</source>
        <translation>Kies %1. Geef de groep een naam en kies de werkvorm (een Balintgroep met één casus, een intervisiemethode): de werkvorm bepaalt de fasen en hun minuten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the members</source>
        <translation>Groepsleden toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 adds one person; %2 takes a whole list pasted from a spreadsheet or an e-mail. Give yourself the facilitator&apos;s role.</source>
        <translation>Met %1 voeg je één persoon toe; met %2 plak je in één keer een hele lijst uit een spreadsheet of e-mail. Geef jezelf de rol van begeleider.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan the session</source>
        <translation>De bijeenkomst plannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the group selected, choose %1: date, time and the phases, whose minutes you can still change.</source>
        <translation>Kies, met de groep geselecteerd, %1: datum, tijd en de fasen, waarvan je de minuten nog kunt aanpassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the clock</source>
        <translation>De klok laten lopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the session and press Open (or Enter). The clock&apos;s buttons show their keys, and %1 lists every key of the room while the session is open.</source>
        <translation>Kies de bijeenkomst en klik op Openen (of druk op Enter). Op de knoppen van de klok staan hun toetsen, en %1 toont alle toetsen zolang de bijeenkomst open is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompt cards on the second screen</source>
        <translation>Vraagkaarten op het tweede scherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the projector, then open the presenter screen from the Session menu. Draw a card and show it there: the room sees the clock, the card and your message, never your notes.</source>
        <translation>Sluit de beamer aan en open het presentatiescherm via het menu Bijeenkomst. Trek een kaart en toon die daar: de groep ziet de klok, de kaart en je bericht, nooit je notities.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private notes and locking</source>
        <translation>Privénotities en vergrendelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes on a member or a case are encrypted with your passphrase. %1 locks them when you step away; they also lock by themselves.</source>
        <translation>Notities over een groepslid of een casus worden versleuteld met je wachtwoordzin. Met %1 vergrendel je ze als je even wegloopt; na een tijdje vergrendelen ze ook vanzelf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance and evaluation</source>
        <translation>Aanwezigheid en evaluatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick who is present during the session. Afterwards pass the laptop round (%1) or enter the paper forms (%2).</source>
        <translation>Vink tijdens de bijeenkomst aan wie er is. Geef daarna de laptop rond (%1) of voer de papieren formulieren in (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the summary</source>
        <translation>Het verslag exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 saves the session&apos;s summary as a PDF; %2 reports on the whole series.</source>
        <translation>Met %1 bewaar je het verslag van de bijeenkomst als PDF; met %2 maak je een rapport over de hele reeks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From an empty list to a summary of your first session, in eight steps. Everything stays on this computer.</source>
        <translation>Van een lege lijst naar het verslag van je eerste bijeenkomst, in acht stappen. Alles blijft op deze computer.</translation>
    </message>
</context>
<context>
    <name>FlashOverlay</name>
    <message>
        <location filename="../../reflectdesk/ui/room/chime.py" line="+258"/>
        <source>Phase ended</source>
        <translation>Fase afgelopen</translation>
    </message>
</context>
<context>
    <name>FormEntry</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/form_entry.py" line="+81"/>
        <source>Type the answer as written (may stay empty)</source>
        <translation>Typ het antwoord over zoals het er staat (mag leeg blijven)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Back</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my answers</source>
        <translation>Mijn antwoorden opslaan</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>That was the last question: press “Save my answers”.</source>
        <translation>Dat was de laatste vraag: druk op “Mijn antwoorden opslaan”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last item: press Enter to save this form.</source>
        <translation>Laatste vraag: druk op Enter om dit formulier op te slaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This questionnaire has no items.</source>
        <translation>Deze vragenlijst heeft geen vragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(reverse-coded item: enter the number as ticked)</source>
        <translation>(omgekeerd gescoorde vraag: voer het cijfer in dat is aangekruist)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0
No answer</source>
        <translation>0
Geen antwoord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys: 1–%1 answer · 0 or Space = no answer · Backspace = back one item · Enter = next · Ctrl+Enter = save form</source>
        <translation>Toetsen: 1–%1 = antwoord · 0 of Space = geen antwoord · Backspace = één vraag terug · Enter = volgende · Ctrl+Enter = formulier opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: type the text · Tab or Enter = next · Backspace on an empty line = back · Ctrl+Enter = save form</source>
        <translation>Toetsen: typ de tekst · Tab of Enter = volgende · Backspace op een lege regel = terug · Ctrl+Enter = formulier opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tap an answer, or use the number keys. Your answers are anonymous.</source>
        <translation>Tik een antwoord aan of gebruik de cijfertoetsen. Je antwoorden zijn anoniem.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“%1” is not on this scale: use 1 to %2, or 0 for no answer.</source>
        <translation>“%1” staat niet op deze schaal: kies 1 tot en met %2, of 0 voor geen antwoord.</translation>
    </message>
</context>
<context>
    <name>FormatLibraryDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/library/format_editor.py" line="+49"/>
        <source>Formats[*]</source>
        <translation>Werkvormen[*]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make your own copy</source>
        <translation>Maak een eigen kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a format from a file</source>
        <translation>Voeg een werkvorm toe uit een bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it as a file</source>
        <translation>Sla de werkvorm op als bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, in the list</source>
        <translation>, in de lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this format</source>
        <translation>Verwijder deze werkvorm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes</source>
        <translation>Sla de wijzigingen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Formats</source>
        <translation>&amp;Werkvormen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phases</source>
        <translation>&amp;Fasen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Built-in format, read-only. Duplicate it (Ctrl+D) to make your own.</source>
        <translation>Ingebouwde werkvorm, alleen-lezen. Kopieer hem (Ctrl+D) om er een eigen versie van te maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own format · key: %1</source>
        <translation>Eigen werkvorm · code: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Phase %1, %2</source>
        <translation>Fase %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add at least one (Ctrl+Shift+N)</source>
        <translation>voeg er minstens één toe (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the format</source>
        <translation>De werkvorm kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “%1”.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not copy the format</source>
        <translation>De werkvorm kon niet worden gekopieerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made “%1”, your own copy: rename it and change its phases.</source>
        <translation>“%1” gemaakt, je eigen kopie: geef hem een nieuwe naam en pas de fasen aan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Format</source>
        <translation>Werkvorm exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Format</source>
        <translation>Werkvorm importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format files (*.toml);;All files (*)</source>
        <translation>Werkvormbestanden (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import the format</source>
        <translation>De werkvorm kon niet worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported “%1” as your own format, key %2.</source>
        <translation>“%1” geïmporteerd als eigen werkvorm, code %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export the format</source>
        <translation>De werkvorm kon niet worden geëxporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete “%1”? Groups that use it will have no format; sessions already planned keep their phases. This cannot be undone.</source>
        <translation>“%1” verwijderen? Groepen die deze werkvorm gebruiken, hebben daarna geen werkvorm meer; bijeenkomsten die al gepland zijn, houden hun fasen. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Format</source>
        <translation>Werkvorm verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete the format</source>
        <translation>De werkvorm kon niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted “%1”.</source>
        <translation>“%1” verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>GroupFields</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/group_form.py" line="+36"/>
        <source>e.g. Balint group — GP placement, block 2</source>
        <translation>bijv. Balintgroep — huisartsstage, blok 2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. GP placement, block 2</source>
        <translation>bijv. huisartsstage, blok 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> sessions</source>
        <translation> bijeenkomsten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no rule</source>
        <translation>geen eis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same as the app</source>
        <translation>Zelfde als de app</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. GAIA 481516</source>
        <translation>bijv. GAIA 481516</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id the accrediting body gave this group&apos;s sessions, for CPD points. It is printed on the attendance lists.</source>
        <translation>Het nummer dat de accrediterende organisatie aan de bijeenkomsten van deze groep gaf, voor accreditatiepunten. Het staat op de presentielijsten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least</source>
        <translation>minstens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>&amp;Werkvorm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;tting:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lanned:</source>
        <translation>&amp;Gepland:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance rule:</source>
        <translation>&amp;Aanwezigheidseis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ccreditation id:</source>
        <translation>Accr&amp;editatienummer:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>— none chosen —</source>
        <translation>— geen gekozen —</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>of %n session(s)</source>
        <translation>
            <numerusform>van %n bijeenkomst</numerusform>
            <numerusform>van %n bijeenkomsten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/group_list.py" line="+20"/>
        <source>no format chosen</source>
        <translation>geen werkvorm gekozen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n begeleider</numerusform>
            <numerusform>%n begeleiders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupListPanel</name>
    <message>
        <location line="+129"/>
        <source>Filter groups</source>
        <translation>Groepen filteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter groups (Ctrl+F)</source>
        <translation>Groepen filteren (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived groups</source>
        <translation>Gearchiveerde groepen tonen</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/group_page.py" line="+60"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+212"/>
        <location line="+10"/>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+208"/>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+190"/>
        <source>Editing…</source>
        <translation>Wordt bewerkt…</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series Report (PDF)…</source>
        <translation>Reeksrapport (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning Bulletin (PDF)…</source>
        <translation>Nieuwsbrief met leerpunten (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates of Attendance (PDF)…</source>
        <translation>Bewijzen van deelname (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraisal Evidence (PDF)…</source>
        <translation>Portfoliobewijs (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables for Researchers (CSV)…</source>
        <translation>Tabellen voor onderzoekers (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive of This Group…</source>
        <translation>Archief van deze groep…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation Results</source>
        <translation>Evaluatieresultaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group is archived: it is kept with all its records but cannot be changed. Restore it to make changes.</source>
        <translation>Deze groep is gearchiveerd: hij blijft met alle gegevens bewaard, maar je kunt niets meer wijzigen. Zet de groep terug om iets te veranderen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the group agreed, e.g.
• What is said in the group stays in the group.
• One speaker at a time; no advice and no criticism of the presenter.
• Anyone may pass.</source>
        <translation>Wat de groep heeft afgesproken, bijvoorbeeld:
• Wat in de groep gezegd wordt, blijft in de groep.
• Eén spreker tegelijk; geen adviezen en geen kritiek op de inbrenger.
• Iedereen mag passen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ground &amp;rules and confidentiality agreement</source>
        <translation>Afsp&amp;raken en vertrouwelijkheid</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Restore Group</source>
        <translation>Groep terugzetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive Group…</source>
        <translation>Groep archiveren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring this group back to the list (Ctrl+Shift+R)</source>
        <translation>Zet deze groep terug in de lijst (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this group from the list; nothing is deleted (Ctrl+Shift+A)</source>
        <translation>Haal deze groep uit de lijst; er wordt niets verwijderd (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not save the group</source>
        <translation>De groep kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “%1”.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archive Group</source>
        <translation>Groep archiveren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive “%1”? It disappears from the list but nothing is deleted; you can restore it from View ▸ Show Archived Groups.</source>
        <translation>“%1” archiveren? De groep verdwijnt uit de lijst, maar er wordt niets verwijderd; je kunt hem terugzetten via Beeld ▸ Gearchiveerde groepen tonen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change the group</source>
        <translation>De groep kon niet worden gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived “%1”.</source>
        <translation>“%1” gearchiveerd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored “%1”.</source>
        <translation>“%1” teruggezet.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Added %n member(s).</source>
        <translation>
            <numerusform>%n groepslid toegevoegd.</numerusform>
            <numerusform>%n groepsleden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not remove the member</source>
        <translation>Het groepslid kon niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation>%1 is uit de groep verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1 from this group? If they already took part in sessions, their attendance stays in the records.</source>
        <translation>%1 uit deze groep verwijderen? Als %1 al bij bijeenkomsten was, blijft die aanwezigheid gewoon bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Member</source>
        <translation>Groepslid verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/help_menu.py" line="+33"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every key of the window (%1)</source>
        <translation>Alle sneltoetsen van het venster (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;First Session</source>
        <translation>Je &amp;eerste bijeenkomst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About ReflectDesk</source>
        <translation>&amp;Over ReflectDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>HowComputed</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/how_computed.py" line="+29"/>
        <source>How these figures are computed</source>
        <translation>Hoe deze cijfers berekend zijn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>n counts the forms that answered a statement; missing counts those that left it blank, and they are left out of every figure.</source>
        <translation>n telt de ingevulde vragenlijsten met een antwoord op de stelling; leeg telt die waarin de stelling open bleef, en die tellen in geen enkel cijfer mee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean and SD are in scale points; the SD is the sample standard deviation (n − 1 in the denominator, as SPSS and Excel&apos;s STDEV.S).</source>
        <translation>Gemiddelde en SD zijn in schaalpunten; de SD is de standaarddeviatie van de steekproef (n − 1 in de noemer, zoals SPSS en STDEV.S in Excel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median (Q1–Q3): the middle answer and the first and third quartiles, by the inclusive method with linear interpolation (Excel&apos;s QUARTILE.INC); SPSS&apos;s default method can give other quartiles.</source>
        <translation>Mediaan (Q1–Q3): het middelste antwoord en het eerste en derde kwartiel, volgens de inclusieve methode met lineaire interpolatie (KWARTIEL.INC in Excel); de standaardmethode van SPSS kan andere kwartielen geven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% agree: the share of n whose answer is %1 (as the questionnaire defines agreeing). Reverse-worded statements are scored the other way round first, so higher is always better.</source>
        <translation>% eens: het deel van n met als antwoord %1 (zoals de vragenlijst &apos;eens&apos; vastlegt). Omgekeerd geformuleerde stellingen zijn eerst andersom gescoord, zodat hoger altijd beter is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures are rounded half up, as SPSS and Excel show them (62.5% is 63%). A change is the difference of the rounded figures shown: for % agree in percentage points.</source>
        <translation>Cijfers zijn afgerond met een half naar boven, zoals SPSS en Excel ze tonen (62,5% is 63%). Een verschil is het verschil van de getoonde afgeronde cijfers: bij % eens in procentpunten.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Small numbers: with fewer than %n respondent(s), percentages and charts are not shown, only the count (&quot;too few to report&quot;), so no answer can be traced to a person.</source>
        <translation>
            <numerusform>Kleine aantallen: bij minder dan %n respondent worden percentages en grafieken niet getoond, alleen het aantal (&quot;te weinig om te rapporteren&quot;), zodat geen antwoord tot een persoon te herleiden is.</numerusform>
            <numerusform>Kleine aantallen: bij minder dan %n respondenten worden percentages en grafieken niet getoond, alleen het aantal (&quot;te weinig om te rapporteren&quot;), zodat geen antwoord tot een persoon te herleiden is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1–%2 of %2</source>
        <translation>%1–%2 van %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>HubActions</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/hub_actions.py" line="+32"/>
        <source>P&amp;ublish to Hub…</source>
        <translation>P&amp;ubliceren naar hub…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set up the hub first: Preferences ▸ Hub</source>
        <translation>Stel eerst de hub in: Voorkeuren ▸ Hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer a group to the hub first: Preferences ▸ Hub</source>
        <translation>Bied eerst een groep aan voor de hub: Voorkeuren ▸ Hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the offered groups&apos; shareable records to the hub</source>
        <translation>Stuur de deelbare gegevens van de aangeboden groepen naar de hub</translation>
    </message>
</context>
<context>
    <name>HubAddressForm</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/hub_address_form.py" line="+36"/>
        <source>postgresql://… from your hub&apos;s administrator</source>
        <translation>postgresql://… van de beheerder van je hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection string</source>
        <translation>Verbindingsreeks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard (%1)</source>
        <translation>standaard (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set &amp;Password…</source>
        <translation>&amp;Wachtwoord instellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the role&apos;s password; it is kept in the keyring</source>
        <translation>Typ het wachtwoord van de rol; het wordt in de wachtwoordkluis bewaard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forget Password</source>
        <translation>Wachtwoord w&amp;issen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the password from the keyring and from memory</source>
        <translation>Wis het wachtwoord uit de wachtwoordkluis en uit het geheugen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connection string:</source>
        <translation>&amp;Verbindingsreeks:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection:</source>
        <translation>Beveiligde verbinding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Address filled in; the password is kept in the keyring.</source>
        <translation>Adres ingevuld; het wachtwoord wordt in de wachtwoordkluis bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Address filled in.</source>
        <translation>Adres ingevuld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify-full: encrypted, and the server&apos;s certificate and name are checked</source>
        <translation>verify-full: versleuteld, en het certificaat en de naam van de server worden gecontroleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify-ca: encrypted, the server&apos;s certificate is checked</source>
        <translation>verify-ca: versleuteld, het certificaat van de server wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require: encrypted, the server&apos;s certificate is not checked</source>
        <translation>require: versleuteld, het certificaat van de server wordt niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefer: encrypted when the server offers it (this computer)</source>
        <translation>prefer: versleuteld als de server dat aanbiedt (deze computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable: not encrypted (a hub on this computer)</source>
        <translation>disable: niet versleuteld (een hub op deze computer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not kept on this computer: asked for when needed</source>
        <translation>niet bewaard op deze computer: er wordt om gevraagd wanneer het nodig is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the operating system&apos;s keyring</source>
        <translation>bewaard in de wachtwoordkluis van het besturingssysteem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept until ReflectDesk closes (this computer has no keyring)</source>
        <translation>bewaard tot je ReflectDesk sluit (deze computer heeft geen wachtwoordkluis)</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/hub_dialog.py" line="+45"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to the hub and read its programmes</source>
        <translation>Maak verbinding met de hub en lees de programma&apos;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting what waits…</source>
        <translation>Tellen wat klaarstaat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub address</source>
        <translation>Adres van de hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups offered to the hub</source>
        <translation>Groepen aangeboden aan de hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only ticked groups are published: members as named here, sessions, attendance, shareable learning points, actions and evaluations. Private notes never leave this laptop.</source>
        <translation>Alleen aangevinkte groepen worden gepubliceerd: groepsleden zoals ze hier heten, bijeenkomsten, aanwezigheid, deelbare leerpunten, actiepunten en evaluaties. Privénotities verlaten deze laptop nooit.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>Fill in the host, the database and the role.</source>
        <translation>Vul de host, de database en de rol in.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Connecting…</source>
        <translation>Verbinding maken…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub refused the login: wrong password, or no such role.</source>
        <translation>De hub weigert de aanmelding: verkeerd wachtwoord, of deze rol bestaat niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the hub: check the host and the port, and that this computer is on the network the hub accepts.</source>
        <translation>De hub is niet bereikbaar: controleer de host en de poort, en of deze computer op het netwerk zit dat de hub toelaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but this database is not a ReflectDesk hub at this version (ask its administrator to run &apos;reflectdesk hub init&apos;).</source>
        <translation>Verbonden, maar deze database is geen ReflectDesk-hub van deze versie (vraag de beheerder om &apos;reflectdesk hub init&apos; uit te voeren).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation cannot connect to a hub: install reflectdesk[hub].</source>
        <translation>Deze installatie kan geen verbinding maken met een hub: installeer reflectdesk[hub].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reached the hub as role %1.</source>
        <translation>Verbonden met de hub als rol %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n programme(s) on the hub.</source>
        <translation>
            <numerusform>%n programma op de hub.</numerusform>
            <numerusform>%n programma&apos;s op de hub.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubGroupsTable</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/hub_groups_table.py" line="+69"/>
        <source>Groups to publish</source>
        <translation>Groepen om te publiceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Publish to the hub</source>
        <translation>Publiceren naar de hub</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+53"/>
        <source>Programme on the hub</source>
        <translation>Programma op de hub</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click or press F2 to choose</source>
        <translation>Dubbelklik of druk op F2 om te kiezen</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+19"/>
        <source>No programme</source>
        <translation>Geen programma</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Chosen earlier (test the connection to see it)</source>
        <translation>Eerder gekozen (test de verbinding om het te zien)</translation>
    </message>
</context>
<context>
    <name>HubLoginDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/hub_login_dialog.py" line="+44"/>
        <source>Open Programme from Hub</source>
        <translation>Programma openen vanaf de hub</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the figures of your programme from the department&apos;s hub. Use the programme lead&apos;s role you were given; the hub shows it every group of its programme, read-only.</source>
        <translation>Lees de cijfers van je programma van de hub van de afdeling. Gebruik de rol voor programmaleiders die je hebt gekregen; de hub laat daarmee elke groep van je programma zien, alleen om te lezen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adres van de hub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connecting to the hub…</source>
        <translation>Verbinden met de hub…</translation>
    </message>
</context>
<context>
    <name>HubProgrammeWindow</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/hub_programme_window.py" line="+49"/>
        <source>Programme from the Hub</source>
        <translation>Programma vanaf de hub</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: database %1 on %2, as %3.</source>
        <translation>Alleen lezen: database %1 op %2, als %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: database %1 on this computer, as %3.</source>
        <translation>Alleen lezen: database %1 op deze computer, als %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No group of this programme has been published to the hub yet.</source>
        <translation>Er is nog geen groep van dit programma naar de hub gepubliceerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Rapport exporteren (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Tables (CSV)…</source>
        <translation>&amp;Tabellen exporteren (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export RED&amp;Cap Files…</source>
        <translation>RED&amp;Cap-bestanden exporteren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This role leads no programme on the hub yet.</source>
        <translation>Deze rol leidt nog geen programma op de hub.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export programme report</source>
        <translation>Programmarapport exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder for the programme&apos;s files</source>
        <translation>Kies een map voor de bestanden van het programma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting tables</source>
        <translation>Tabellen exporteren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting REDCap files</source>
        <translation>REDCap-bestanden exporteren</translation>
    </message>
</context>
<context>
    <name>HubPublishing</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/hub_publishing.py" line="+55"/>
        <source>Publishing to the hub…</source>
        <translation>Publiceren naar de hub…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing new to publish: the hub is up to date.</source>
        <translation>Niets nieuws om te publiceren: de hub is bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) sent to the hub.</source>
        <translation>
            <numerusform>%n rij naar de hub verstuurd.</numerusform>
            <numerusform>%n rijen naar de hub verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) removed from the hub.</source>
        <translation>
            <numerusform>%n rij van de hub verwijderd.</numerusform>
            <numerusform>%n rijen van de hub verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open their sessions to reword them, or keep the wording in the identifier review of an export; they go with the next publish.</source>
        <translation>Open hun bijeenkomsten om ze anders te formuleren, of kies &apos;Zo laten&apos; bij de controle op herleidbare gegevens van een export; ze gaan mee met de volgende keer publiceren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hub cannot be reached just now. Nothing was marked as published: your records wait on this laptop and go with the next publish.</source>
        <translation>De hub is nu niet bereikbaar. Er is niets als gepubliceerd gemarkeerd: je gegevens wachten op deze laptop en gaan mee met de volgende keer publiceren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not publish to the hub</source>
        <translation>Publiceren naar de hub is niet gelukt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing was stopped. What was sent so far is on the hub; the next publish sends the rest.</source>
        <translation>Het publiceren is gestopt. Wat al verstuurd was, staat op de hub; de volgende keer publiceren verstuurt de rest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish to Hub</source>
        <translation>Publiceren naar hub</translation>
    </message>
</context>
<context>
    <name>IdentifierReviewDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/identifier_review.py" line="+124"/>
        <source>Check for identifiable details</source>
        <translation>Controle op herleidbare gegevens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some details below could help someone recognise a patient. Reflective notes should not identify anyone: write “Patient X” and give an approximate age, never a date of birth.</source>
        <translation>Sommige gegevens hieronder kunnen een patiënt herkenbaar maken. Uit reflectieve notities mag niemand te herleiden zijn: schrijf “patiënt X” en noem een leeftijd bij benadering, nooit een geboortedatum.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What was found</source>
        <translation>Wat er is gevonden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep as written</source>
        <translation>Zo laten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Tick to keep this as written; the choice is recorded</source>
        <translation>Vink aan om dit zo te laten; je keuze wordt vastgelegd</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The text can be up to %1 characters.</source>
        <translation>De tekst mag maximaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item is looked at. Continue when you are ready.</source>
        <translation>Alles is nagelopen. Ga door als je zover bent.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) to look at: edit the text, or tick “Keep as written” for those that are fine.</source>
        <translation>
            <numerusform>Nog %n punt om na te lopen: pas de tekst aan, of vink “Zo laten” aan als het goed is.</numerusform>
            <numerusform>Nog %n punten om na te lopen: pas de tekst aan, of vink “Zo laten” aan bij wat goed is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like a date</source>
        <translation>Lijkt op een datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like an exact age</source>
        <translation>Lijkt op een exacte leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like an NHS number</source>
        <translation>Lijkt op een NHS-nummer (Brits patiëntnummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like a BSN (citizen service number)</source>
        <translation>Lijkt op een BSN (burgerservicenummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like a phone number</source>
        <translation>Lijkt op een telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like an e-mail address</source>
        <translation>Lijkt op een e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like a postcode</source>
        <translation>Lijkt op een postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like a name</source>
        <translation>Lijkt op een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hospital, practice or ward name</source>
        <translation>Naam van een ziekenhuis, praktijk of afdeling</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Could not record the choice</source>
        <translation>De keuze kon niet worden vastgelegd</translation>
    </message>
</context>
<context>
    <name>InlineUnlock</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_inline.py" line="+216"/>
        <source>passphrase</source>
        <translation>wachtwoordzin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgot it?</source>
        <translation>Vergeten?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../reflectdesk/ui/jobs/jobs.py" line="+23"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>LeaderEntryDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_entry_dialog.py" line="+66"/>
        <source>Edit Log Entry</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Log Entry</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training event</source>
        <translation>Scholing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session led outside ReflectDesk</source>
        <translation>Bijeenkomst buiten ReflectDesk begeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session co-led outside ReflectDesk</source>
        <translation>Bijeenkomst buiten ReflectDesk als co-begeleider</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases presented</source>
        <translation>Ingebrachte casussen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. What the supervisor and I talked about</source>
        <translation>bijv. waar de supervisor en ik het over hadden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only you can read the note: it is encrypted, and saved with the entry.</source>
        <translation>Alleen jij kunt de notitie lezen: ze is versleuteld en wordt met de activiteit opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cases presented:</source>
        <translation>&amp;Ingebrachte casussen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time spent:</source>
        <translation>&amp;Tijdsduur:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Private note:</source>
        <translation>&amp;Privénotitie:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supe&amp;rvisor:</source>
        <translation>Supe&amp;rvisor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rainer or organiser:</source>
        <translation>T&amp;rainer of organisator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Event:</source>
        <translation>&amp;Scholing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Co-&amp;leader:</source>
        <translation>Co-&amp;begeleider:</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
</context>
<context>
    <name>LeaderLogExports</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_log_exports.py" line="+63"/>
        <source>Save CSV</source>
        <translation>CSV opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leader log</source>
        <translation>begeleiderslogboek</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing to print</source>
        <translation>Afdrukken voorbereiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting the log</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1.</source>
        <translation>Opgeslagen: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The log could not be shown.</source>
        <translation>Het logboek kon niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>LeaderLogKinds</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_log_table.py" line="-38"/>
        <source>Led</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-led</source>
        <translation>Als co-begeleider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Scholing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Led elsewhere</source>
        <translation>Elders begeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-led elsewhere</source>
        <translation>Elders als co-begeleider</translation>
    </message>
</context>
<context>
    <name>LeaderLogWindow</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_log_window.py" line="+83"/>
        <location line="+134"/>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+25"/>
        <location line="+24"/>
        <source>Leader Log</source>
        <translation>Begeleiderslogboek</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add Entry…</source>
        <translation>&amp;Activiteit toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Entry</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Entry</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name as your groups know it</source>
        <translation>Je naam zoals je groepen die kennen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Whose log:</source>
        <translation>&amp;Wiens logboek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accrediting &amp;body:</source>
        <translation>Accrediterende &amp;organisatie:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is done and what is still needed</source>
        <translation>Wat al gedaan is en wat nog nodig is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions led and entries, newest first</source>
        <translation>Begeleide bijeenkomsten en activiteiten, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reading the log…</source>
        <translation>Logboek lezen…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Sessions in ReflectDesk are changed in their group.</source>
        <translation>Bijeenkomsten in ReflectDesk wijzig je in hun groep.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Delete entry</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete this entry of %1, and its private note?</source>
        <translation>De activiteit van %1 en de privénotitie ervan verwijderen?</translation>
    </message>
</context>
<context>
    <name>LeavingQuestions</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/leaving_questions.py" line="+37"/>
        <source>Session Running</source>
        <translation>Bijeenkomst loopt nog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session&apos;s clock is still running. End the session now, or keep it running and quit? A session kept running comes back when ReflectDesk starts again.</source>
        <translation>De klok van de bijeenkomst loopt nog. Wil je de bijeenkomst nu beëindigen, of de klok laten doorlopen en afsluiten? Een bijeenkomst die doorloopt, komt terug als je ReflectDesk weer opent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the Session</source>
        <translation>Bijeenkomst beëindigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It Running and Quit</source>
        <translation>Laten doorlopen en afsluiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Private Note Not Saved</source>
        <translation>Privénotitie niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private note you typed is not saved: no passphrase is set yet, and ReflectDesk never writes a private note unencrypted. Set a passphrase to keep it, or discard it.</source>
        <translation>De privénotitie die je typte, is niet opgeslagen: er is nog geen wachtwoordzin ingesteld, en ReflectDesk slaat een privénotitie nooit onversleuteld op. Stel een wachtwoordzin in om de notitie te bewaren, of gooi hem weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a Passphrase</source>
        <translation>Wachtwoordzin instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the Note</source>
        <translation>Notitie weggooien</translation>
    </message>
</context>
<context>
    <name>ListReminder</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/list_reminder.py" line="+38"/>
        <source>Export attendance list…</source>
        <translation>Presentielijst exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Niet meer tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reminding me about this session&apos;s list</source>
        <translation>Herinner me niet meer aan de lijst van deze bijeenkomst</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The attendance list of the accredited session of %1 has not been exported yet.</source>
        <translation>De presentielijst van de geaccrediteerde bijeenkomst van %1 is nog niet geëxporteerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more session(s) also wait for their lists.</source>
        <translation>
            <numerusform>Nog %n bijeenkomst wacht ook op haar lijst.</numerusform>
            <numerusform>Nog %n bijeenkomsten wachten ook op hun lijst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogRowsModel</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_log_table.py" line="+64"/>
        <source>A session in ReflectDesk: change it in its group.</source>
        <translation>Een bijeenkomst in ReflectDesk: wijzig die in de groep.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debrief with your co-leader is recorded.</source>
        <translation>De nabespreking met je co-begeleider is vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No debrief with your co-leader is recorded for it.</source>
        <translation>Voor deze bijeenkomst is geen nabespreking met je co-begeleider vastgelegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered by hand, with a private note. Enter or double-click to edit.</source>
        <translation>Zelf ingevoerd, met een privénotitie. Enter of dubbelklik om te bewerken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by hand. Enter or double-click to edit.</source>
        <translation>Zelf ingevoerd. Enter of dubbelklik om te bewerken.</translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_log_words.py" line="+27"/>
        <source>%1 h %2 min</source>
        <translation>%1 uur %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Led: %1; co-led: %2</source>
        <translation>Begeleid: %1; als co-begeleider: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n bijeenkomst</numerusform>
            <numerusform>%n bijeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In groups: %1</source>
        <translation>In groepen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision: %1, %2</source>
        <translation>Supervisie: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training: %1, %2</source>
        <translation>Scholing: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months with a session led: %1</source>
        <translation>Maanden met een begeleide bijeenkomst: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thresholds from %1, checked on %2.</source>
        <translation>Eisen uit %1, nagekeken op %2.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/main_menus.py" line="+121"/>
        <source>&amp;New Group…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename Group</source>
        <translation>Groepsnaam &amp;wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive Group…</source>
        <translation>Groep &amp;archiveren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;store Group</source>
        <translation>Groep &amp;terugzetten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pro&amp;grammes…</source>
        <translation>Pro&amp;gramma’s…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Member…</source>
        <translation>&amp;Groepslid toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Several Members…</source>
        <translation>&amp;Meerdere groepsleden toevoegen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit Member…</source>
        <translation>Groepslid &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member &amp;Notes…</source>
        <translation>&amp;Notities over groepslid…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove Member…</source>
        <translation>Groepslid &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search Everything</source>
        <translation>&amp;Alles doorzoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Group</source>
        <translation>&amp;Groep zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Archived Groups</source>
        <translation>Gearchiveerde groepen &amp;tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plan Session…</source>
        <translation>Bijeenkomst p&amp;lannen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan &amp;Series…</source>
        <translation>&amp;Reeks plannen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to &amp;Group</source>
        <translation>Terug naar de &amp;groep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage Formats…</source>
        <translation>&amp;Werkvormen beheren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt &amp;Cards…</source>
        <translation>&amp;Vraagkaarten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session &amp;Summary (PDF)…</source>
        <translation>&amp;Verslag van de bijeenkomst (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant &amp;Handout (PDF)…</source>
        <translation>&amp;Hand-out voor deelnemers (PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Series Report (PDF)…</source>
        <translation>&amp;Reeksrapport (PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning &amp;Bulletin (PDF)…</source>
        <translation>&amp;Nieuwsbrief met leerpunten (PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Tables (&amp;CSV)…</source>
        <translation>Groepstabellen (&amp;CSV)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Archive of This Group…</source>
        <translation>Archief van &amp;deze groep…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive of &amp;Everything…</source>
        <translation>Archief van &amp;alles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Archive…</source>
        <translation>Archief &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Programme from &amp;Hub…</source>
        <translation>Programma openen vanaf de &amp;hub…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;ormats</source>
        <translation>&amp;Werkvormen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Session</source>
        <translation>Bijeenkom&amp;st</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The log folder could not be opened.</source>
        <translation>De logmap kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/main_window.py" line="+96"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search groups, members, sessions and notes (Ctrl+K)</source>
        <translation>Zoek in groepen, groepsleden, bijeenkomsten en notities (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sample groups</source>
        <translation>Voorbeeldgroepen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not open the session</source>
        <translation>De bijeenkomst kon niet worden geopend</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Could not open the result</source>
        <translation>Het zoekresultaat kon niet worden geopend</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Resumed the running session.</source>
        <translation>De lopende bijeenkomst is weer geopend.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Group created. Add its members with Ctrl+M.</source>
        <translation>Groep aangemaakt. Voeg de groepsleden toe met Ctrl+M.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/group_dialogs.py" line="+64"/>
        <source>Edit Member</source>
        <translation>Groepslid bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Member</source>
        <translation>Groepslid toevoegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Display name, e.g. IJsbrand van den Eertwegh</source>
        <translation>Weergavenaam, bijv. IJsbrand van den Eertwegh</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members are sorted by family name; a prefix such as &apos;van den&apos; is ignored. Leave empty to use the guess shown.</source>
        <translation>Groepsleden worden gesorteerd op achternaam; een tussenvoegsel zoals ‘van den’ telt niet mee. Laat leeg om de getoonde suggestie te gebruiken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BIG or GMC number (optional)</source>
        <translation>BIG- of GMC-nummer (niet verplicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed on the CPD attendance lists and nowhere else. BIG numbers have 11 digits, GMC numbers 7.</source>
        <translation>Staat op de presentielijsten voor accreditatie en nergens anders. Een BIG-nummer heeft 11 cijfers, een GMC-nummer 7.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation>Re&amp;gistratienummer:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not a BIG (11 digits) or GMC (7 digits) number; it is kept as typed.</source>
        <translation>Geen BIG-nummer (11 cijfers) of GMC-nummer (7 cijfers); het wordt bewaard zoals je het typte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (guessed)</source>
        <translation>%1 (suggestie)</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/member_list_table.py" line="+86"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name</source>
        <translation>Geen naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name too long</source>
        <translation>Naam te lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unclear which part is the family name</source>
        <translation>Onduidelijk welk deel de achternaam is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in this list</source>
        <translation>Staat al eerder in deze lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already a member of this group</source>
        <translation>Al groepslid van deze groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role “%1” unknown: added as member</source>
        <translation>Rol “%1” onbekend: wordt groepslid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as “family name, given name”</source>
        <translation>Gelezen als “achternaam, voornaam”</translation>
    </message>
</context>
<context>
    <name>MemberNotesDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/member_notes_dialog.py" line="+32"/>
        <source>Follow-up notes — %1</source>
        <translation>Notities om op terug te komen — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private follow-up notes about %1. Only you see them; they are encrypted and never shown on the presenter screen. Avoid details that could identify a patient.</source>
        <translation>Privénotities over %1, om later op terug te komen. Alleen jij ziet ze; ze zijn versleuteld en verschijnen nooit op het presentatiescherm. Vermijd gegevens die herleidbaar zijn tot een patiënt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Seemed affected by the case; ask how she is.</source>
        <translation>bijv. Leek aangedaan door de casus; vragen hoe het met haar gaat.</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/members_panel.py" line="-17"/>
        <source>Member</source>
        <translation>Groepslid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-facilitator</source>
        <translation>Co-begeleider</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location line="+32"/>
        <source>Guessed from the name; edit the member to change it.</source>
        <translation>Afgeleid uit de naam; bewerk het groepslid om dit te wijzigen.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location line="+15"/>
        <location line="+77"/>
        <source>Members</source>
        <translation>Groepsleden</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a member to this group (Ctrl+M)</source>
        <translation>Voeg een groepslid toe aan deze groep (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Several…</source>
        <translation>Meerdere…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a list of people at once: pasted from a spreadsheet or an e-mail, or from a CSV file</source>
        <translation>Een lijst mensen in één keer toevoegen: geplakt uit een spreadsheet of een e-mail, of uit een CSV-bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected member (Enter)</source>
        <translation>Bewerk het gekozen groepslid (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes…</source>
        <translation>Notities…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private follow-up notes about the selected member (Ctrl+Shift+O)</source>
        <translation>Privénotities over het gekozen groepslid, om later op terug te komen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected member (Delete)</source>
        <translation>Verwijder het gekozen groepslid uit de groep (Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Member</source>
        <translation>Groepslid verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No members yet. Add the students or residents of this group with Ctrl+M.</source>
        <translation>Nog geen groepsleden. Voeg met Ctrl+M de studenten of aios van deze groep toe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Members: %1, %2</source>
        <translation>Groepsleden: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n begeleider</numerusform>
            <numerusform>%n begeleiders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reflectdesk/ui/common/messages.py" line="+75"/>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to “%1”?</source>
        <translation>Wijzigingen in “%1” opslaan?</translation>
    </message>
</context>
<context>
    <name>MinutesAway</name>
    <message>
        <location filename="../../reflectdesk/ui/room/minutes_away.py" line="+68"/>
        <source>&amp;Minutes away:</source>
        <translation>&amp;Minuten afwezig:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes away</source>
        <translation>Minuten afwezig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many minutes of the session a late arrival or early leaver missed; Enter stores them. Needed for the hours on a certificate of attendance.</source>
        <translation>Hoeveel minuten van de bijeenkomst iemand die te laat kwam of eerder wegging, heeft gemist; Enter legt ze vast. Nodig voor de uren op een bewijs van deelname.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record the minutes away</source>
        <translation>Minuten afwezig konden niet worden vastgelegd</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../../reflectdesk/ui/common/phase_table.py" line="+222"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/group_dialogs.py" line="-120"/>
        <source>New Group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A group meets for a series of sessions. You can change all of this later.</source>
        <translation>Een groep komt samen voor een reeks bijeenkomsten. Je kunt dit allemaal later nog wijzigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create Group</source>
        <translation>Groep aanmaken</translation>
    </message>
</context>
<context>
    <name>NoteRescue</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/note_rescue.py" line="+52"/>
        <source>Save the Note as an Encrypted File</source>
        <translation>Notitie opslaan als versleuteld bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Encrypted private note (*.rdnote)</source>
        <translation>Versleutelde privénotitie (*.rdnote)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The Encrypted File Was Not Saved</source>
        <translation>Het versleutelde bestand is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private note could not be saved: %1</source>
        <translation>De privénotitie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private notes stay unlocked until it is saved or you decide. Try again (after freeing some space, say), copy the text, or save it elsewhere as an encrypted file.</source>
        <translation>Je privénotities blijven ontgrendeld tot de notitie is opgeslagen of jij een keuze maakt. Probeer het opnieuw (bijvoorbeeld nadat je ruimte hebt vrijgemaakt), kopieer de tekst of sla hem elders op als versleuteld bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock Without Saving</source>
        <translation>Vergrendelen zonder opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing now would lose what is not saved. Try again (after freeing some space, say), copy the text, or save it elsewhere as an encrypted file.</source>
        <translation>Als je nu sluit, ben je kwijt wat nog niet is opgeslagen. Probeer het opnieuw (bijvoorbeeld nadat je ruimte hebt vrijgemaakt), kopieer de tekst of sla hem elders op als versleuteld bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Without Saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is on the clipboard: paste it somewhere safe before you go on; the clipboard may be emptied when ReflectDesk closes.</source>
        <translation>De tekst staat op het klembord: plak hem op een veilige plek voordat je verdergaat. Het klembord kan leeg raken als ReflectDesk sluit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private Note Not Saved</source>
        <translation>Privénotitie niet opgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try Again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Copy the Text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Save as Encrypted File…</source>
        <translation>Opslaan als versleuteld bestand…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an Encrypted Note File</source>
        <translation>Versleuteld notitiebestand openen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Note Could Not Be Opened</source>
        <translation>De notitie kon niet worden geopend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted Note — %1</source>
        <translation>Versleutelde notitie — %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reflectdesk/ui/room/notes_panel.py" line="+74"/>
        <source>My private notes</source>
        <translation>Mijn privénotities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only you see these; encrypted, and never on the presenter screen.</source>
        <translation>Alleen jij ziet deze notities; ze zijn versleuteld en komen nooit op het presentatiescherm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you notice: the group, the presenter, what to follow up…</source>
        <translation>Wat je opvalt: de groep, de inbrenger, waar je op terug wilt komen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticked points may be shared, e.g. in the learning bulletin</source>
        <translation>Aangevinkte punten mogen gedeeld worden, bijvoorbeeld in de nieuwsbrief</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A learning point the group agreed to share… (Enter)</source>
        <translation>Een leerpunt dat de groep wil delen… (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New learning point</source>
        <translation>Nieuw leerpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shareable</source>
        <translation>Mag gedeeld worden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticked points may be shared; Enter or double-click tags a point with themes</source>
        <translation>Aangevinkte punten mogen gedeeld worden; met Enter of dubbelklikken koppel je thema&apos;s aan een punt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A follow-up action… (Enter)</source>
        <translation>Een actiepunt… (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New follow-up action</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who does the new action</source>
        <translation>Wie het nieuwe actiepunt oppakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the new action is due</source>
        <translation>Wanneer het nieuwe actiepunt klaar moet zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it is due</source>
        <translation>Wanneer het klaar moet zijn</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+61"/>
        <source>Learning points</source>
        <translation>Leerpunten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept as not shareable for now: it may identify someone. Tick it after the session to review it.</source>
        <translation>Voorlopig niet gedeeld: het punt is mogelijk herleidbaar tot iemand. Vink het na de bijeenkomst aan om het na te lopen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+120"/>
        <source>Learning point</source>
        <translation>Leerpunt</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Could not add the learning point</source>
        <translation>Het leerpunt kon niet worden toegevoegd</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Could not record the choice</source>
        <translation>De keuze kon niet worden vastgelegd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not add the action</source>
        <translation>Het actiepunt kon niet worden toegevoegd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not share the learning point</source>
        <translation>Het leerpunt kon niet worden gedeeld</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>facilitator</source>
        <translation>begeleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <location filename="../../reflectdesk/ui/room/open_actions_panel.py" line="+33"/>
        <source>Open actions from earlier sessions</source>
        <translation>Openstaande actiepunten van eerdere bijeenkomsten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter or Ctrl+D marks the selected action done (again: not done)</source>
        <translation>Enter of Ctrl+D zet het gekozen actiepunt op afgerond (nog een keer: weer open)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;Done</source>
        <translation>Markeren als &amp;afgerond</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>facilitator</source>
        <translation>begeleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not update the action</source>
        <translation>Het actiepunt kon niet worden bijgewerkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action done.</source>
        <translation>Actiepunt afgerond.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action open again.</source>
        <translation>Actiepunt staat weer open.</translation>
    </message>
</context>
<context>
    <name>PairedWords</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/paired_words.py" line="+41"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean change</source>
        <translation>Gemiddeld verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median change</source>
        <translation>Mediaan verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms without a partner</source>
        <translation>Formulieren zonder tegenhanger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no change in any pair</source>
        <translation>bij geen enkel paar verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computed: fewer than %1 pairs</source>
        <translation>niet berekend: minder dan %1 paren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paired: the same participant&apos;s start and end forms, matched by their respondent code. Change is end minus start in scale points. p: two-sided Wilcoxon signed-rank test (pairs without change left out); not computed with fewer than %1 pairs.</source>
        <translation>Gepaard: het begin- en eindformulier van dezelfde deelnemer, gekoppeld via de deelnemerscode. Verschil is einde min begin, in schaalpunten. p: tweezijdige Wilcoxon-rangtekentoets (paren zonder verschil tellen niet mee); niet berekend bij minder dan %1 paren.</translation>
    </message>
</context>
<context>
    <name>PassTheLaptopWindow</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/pass_the_laptop.py" line="+73"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap or press Space to begin your evaluation</source>
        <translation>Tik op het scherm of druk op de spatiebalk om je evaluatie te beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · about a minute · your answers are anonymous</source>
        <translation>%1 · ongeveer een minuut · je antwoorden zijn anoniem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thank you — your answers are saved.</source>
        <translation>Dank je wel — je antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please pass the laptop on to the next person.</source>
        <translation>Geef de laptop maar door aan de volgende.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Facilitator: hold Esc for 2 seconds or press %1 to leave</source>
        <translation>Begeleider: houd Esc 2 seconden ingedrukt of druk op %1 om af te sluiten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your own code (optional)</source>
        <translation>Je eigen code (niet verplicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the same short code at the start and at the end of the series, so your two forms can be compared without your name. Not your name, please. Press Enter to go on, with or without a code.</source>
        <translation>Typ aan het begin en aan het einde van de reeks dezelfde korte code, zodat je twee formulieren te vergelijken zijn zonder je naam. Gebruik dus niet je naam. Druk op Enter om verder te gaan, met of zonder code.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Answer at least one question first.</source>
        <translation>Beantwoord eerst minstens één vraag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the answers</source>
        <translation>De antwoorden konden niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pass the Laptop</source>
        <translation>Laptop rondgeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students fill in the form one after another on this computer, anonymously. The screen goes full size and shows no earlier answers. To leave, hold Esc for 2 seconds or press %1.</source>
        <translation>Deelnemers vullen het formulier een voor een anoniem in op deze computer. Het venster wordt schermvullend en toont geen eerdere antwoorden. Om te stoppen houd je Esc 2 seconden ingedrukt of druk je op %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/password_prompt.py" line="+31"/>
        <source>Hub Password</source>
        <translation>Wachtwoord voor de hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of the role %1 on the hub.
Leave it empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Het wachtwoord van de rol %1 op de hub.
Laat het leeg om PGPASSWORD of ~/.pgpass te gebruiken.</translation>
    </message>
</context>
<context>
    <name>PasteMembersDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/paste_members_dialog.py" line="+65"/>
        <source>Add Several Members</source>
        <translation>Meerdere groepsleden toevoegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste one person per line, or two columns copied from a spreadsheet: name and role. “Eertwegh, van den, IJsbrand” is read as IJsbrand van den Eertwegh.</source>
        <translation>Plak één persoon per regel, of twee kolommen gekopieerd uit een spreadsheet: naam en rol. “Eertwegh, van den, IJsbrand” wordt gelezen als IJsbrand van den Eertwegh.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IJsbrand van den Eertwegh	Facilitator
Sanne van &apos;t Hof
Hüseyin Yılmaz</source>
        <translation>IJsbrand van den Eertwegh	Begeleider
Sanne van &apos;t Hof
Hüseyin Yılmaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List of people</source>
        <translation>Lijst met namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List of people (one per line):</source>
        <translation>&amp;Lijst met namen (één per regel):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a CSV &amp;File…</source>
        <translation>Uit een CSV-&amp;bestand…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the names (and roles) from a CSV file saved by a spreadsheet</source>
        <translation>Lees de namen (en rollen) uit een CSV-bestand dat je uit een spreadsheet hebt opgeslagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check before adding:</source>
        <translation>&amp;Controleer voor het toevoegen:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>People to add</source>
        <translation>Toe te voegen mensen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read Members from a CSV File</source>
        <translation>Groepsleden uit een CSV-bestand lezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read from “%1”.</source>
        <translation>Gelezen uit “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Add %n Member(s)</source>
        <translation>
            <numerusform>%n groepslid toevoegen</numerusform>
            <numerusform>%n groepsleden toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) need a change: correct the name, or clear the Add box to leave the person out.</source>
        <translation>
            <numerusform>%n regel moet nog worden aangepast: verbeter de naam, of vink Toevoegen uit om die persoon weg te laten.</numerusform>
            <numerusform>%n regels moeten nog worden aangepast: verbeter de naam, of vink Toevoegen uit om die persoon weg te laten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) will be added.</source>
        <translation>
            <numerusform>%n persoon wordt toegevoegd.</numerusform>
            <numerusform>%n personen worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody to add yet.</source>
        <translation>Nog niemand om toe te voegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct or leave out the rows marked in the Check column.</source>
        <translation>Verbeter of laat weg wat in de kolom Controle gemeld wordt.</translation>
    </message>
</context>
<context>
    <name>PhaseEditor</name>
    <message>
        <location filename="../../reflectdesk/ui/common/phase_table.py" line="+79"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>, in the table</source>
        <translation>, in de tabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Phase</source>
        <translation>Fase &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a phase after this one</source>
        <translation>Voeg na deze fase een nieuwe toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Phase</source>
        <translation>Fase ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this phase</source>
        <translation>Verwijder deze fase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this phase earlier</source>
        <translation>Zet deze fase eerder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this phase later</source>
        <translation>Zet deze fase later</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Total: %1 min</source>
        <translation>Totaal: %1 min</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <location line="-363"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue</source>
        <translation>Aanwijzing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deck</source>
        <translation>Kaartenset</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (not installed)</source>
        <translation>%1 (niet geïnstalleerd)</translation>
    </message>
</context>
<context>
    <name>PlanSeriesDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/plan_series_dialog.py" line="+62"/>
        <source>Plan a Series of Sessions</source>
        <translation>Een reeks bijeenkomsten plannen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>Om de week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every four weeks</source>
        <translation>Elke vier weken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly, on the same weekday (e.g. every 2nd Tuesday)</source>
        <translation>Maandelijks, op dezelfde weekdag (bijv. elke 2e dinsdag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On chosen dates</source>
        <translation>Op gekozen data</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Teaching room 3, practice De Linde</source>
        <translation>bijv. leslokaal 3, praktijk De Linde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen dates</source>
        <translation>Gekozen data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add this date</source>
        <translation>Deze datum t&amp;oevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the date above to the chosen dates</source>
        <translation>Voeg de datum hierboven toe aan de gekozen data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove date</source>
        <translation>Datum &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected date from the chosen dates</source>
        <translation>Verwijder de geselecteerde datum uit de gekozen data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sessions to be planned</source>
        <translation>De bijeenkomsten die worden gepland</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First date:</source>
        <translation>&amp;Eerste datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Ritme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of sessions:</source>
        <translation>&amp;Aantal bijeenkomsten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hosen dates:</source>
        <translation>&amp;Gekozen data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessio&amp;ns to be planned</source>
        <translation>&amp;Bijeenkomsten die worden gepland</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The group has no format: the sessions start without phases.</source>
        <translation>De groep heeft geen werkvorm: de bijeenkomsten beginnen zonder fasen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s), from the group&apos;s format</source>
        <translation>
            <numerusform>%n minuut, volgens de werkvorm van de groep</numerusform>
            <numerusform>%n minuten, volgens de werkvorm van de groep</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>clashes with another session of this group</source>
        <translation>valt samen met een andere bijeenkomst van deze groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the past</source>
        <translation>in het verleden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add at least one date.</source>
        <translation>Voeg minstens één datum toe.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) with a warning: check the dates marked above.</source>
        <translation>
            <numerusform>%n bijeenkomst met een waarschuwing: kijk de gemarkeerde data hierboven na.</numerusform>
            <numerusform>%n bijeenkomsten met een waarschuwing: kijk de gemarkeerde data hierboven na.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Plan %n session(s)</source>
        <translation>
            <numerusform>%n bijeenkomst plannen</numerusform>
            <numerusform>%n bijeenkomsten plannen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/plan_session_dialog.py" line="+50"/>
        <source>Change Session</source>
        <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Plan Session</source>
        <translation>Bijeenkomst plannen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>e.g. Teaching room 3, practice De Linde</source>
        <translation>bijv. leslokaal 3, praktijk De Linde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protect the end time (later phases shrink when one overruns)</source>
        <translation>Eindtijd bewaken (latere fasen worden korter als er een uitloopt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use the group&apos;s</source>
        <translation>Leeg laten om dat van de groep te gebruiken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>Werk&amp;vorm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accreditation id of this session, if different:</source>
        <translation>&amp;Accreditatienummer van deze bijeenkomst, als dat afwijkt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;hases of this session (changes here affect only this session)</source>
        <translation>&amp;Fasen van deze bijeenkomst (wijzigingen hier gelden alleen voor deze bijeenkomst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/preferences_dialog.py" line="+54"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min left</source>
        <translation> min voor het einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only when over time</source>
        <translation>pas als het over tijd is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min without use</source>
        <translation> min zonder gebruik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private notes lock after this long without a key press or mouse move</source>
        <translation>Privénotities worden vergrendeld als er zo lang geen toets is ingedrukt en de muis niet is bewogen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> respondents or more</source>
        <translation> respondenten of meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With fewer, evaluation reports and the Results page show only the count (&quot;too few to report&quot;), so no answer can be traced to a person</source>
        <translation>Bij minder tonen evaluatierapporten en de resultatenpagina alleen het aantal (&quot;te weinig om te rapporteren&quot;), zodat geen antwoord tot een persoon te herleiden is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soft chime when a phase&apos;s time is up</source>
        <translation>Zacht belletje als de tijd van een fase om is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without a sound device, or in quiet mode, the clock flashes instead. The warning is shown in colour and in words.</source>
        <translation>Zonder luidspreker of in de stille modus knippert de klok in plaats daarvan. De waarschuwing verschijnt altijd in kleur én in woorden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>St Mary&apos;s Hospital
LUMC
Ward 7B</source>
        <translation>Ziekenhuis De Linde
LUMC
Afdeling 7B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hospital, practice and ward names:</source>
        <translation>Namen van &amp;ziekenhuizen, praktijken en afdelingen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One name per line. They are pointed out when a learning point is shared and before notes are exported, so they can be left out.</source>
        <translation>Eén naam per regel. Komen ze voor in een leerpunt dat je deelt of in notities die je exporteert, dan wijst ReflectDesk je erop, zodat je ze kunt weglaten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Warn at:</source>
        <translation>&amp;Waarschuwen bij:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock private notes after:</source>
        <translation>Privénotities &amp;vergrendelen na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show evaluation figures for:</source>
        <translation>Evaluatie&amp;cijfers tonen bij:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hub…</source>
        <translation>&amp;Hub…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where this laptop publishes to, and which groups go</source>
        <translation>Waar deze laptop naartoe publiceert, en welke groepen meegaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language could not be saved: %1</source>
        <translation>De taal kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Language Changed</source>
        <translation>Taal gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of ReflectDesk.</source>
        <translation>De nieuwe taal wordt gebruikt zodra je ReflectDesk opnieuw start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Nu opnieuw starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PresenterControls</name>
    <message>
        <location filename="../../reflectdesk/ui/room/presenter_controls.py" line="+39"/>
        <source>&amp;Blackout</source>
        <translation>Scherm op &amp;zwart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Darken the presenter screen, e.g. while a case is told (K; K again shows it)</source>
        <translation>Maak het presentatiescherm zwart, bijv. terwijl de inbrenger de casus vertelt (K; nog een keer K laat het weer zien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blackout  [K]</source>
        <translation>Scherm op zwart  [K]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message to the room, e.g. Break: back at 15:10</source>
        <translation>Bericht voor de groep, bijv. Pauze: om 15:10 gaan we verder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to the room</source>
        <translation>Bericht voor de groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows it on the presenter screen</source>
        <translation>Met Enter zet je het op het presentatiescherm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the message (Enter)</source>
        <translation>Toon het bericht (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the message off the screen</source>
        <translation>Haal het bericht van het scherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes of the countdown to the start</source>
        <translation>Aantal minuten aftellen tot de start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes until the start</source>
        <translation>Minuten tot de start</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Countdown to Start</source>
        <translation>Aftellen tot de start</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&quot;Starting in 3:00&quot; on the presenter screen; the clock waits for you</source>
        <translation>Het presentatiescherm telt af naar de start (3:00, 2:59 …); de klok van de bijeenkomst start pas als jij dat doet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On screen:</source>
        <translation>Op het scherm:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Stop Countdown</source>
        <translation>Aftellen stoppen</translation>
    </message>
</context>
<context>
    <name>PresenterLink</name>
    <message>
        <location filename="../../reflectdesk/ui/room/presenter_link.py" line="+68"/>
        <source>&amp;Presenter Screen</source>
        <translation>P&amp;resentatiescherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the clock on a second screen or window (F5)</source>
        <translation>Toon de klok op een tweede scherm of in een eigen venster (F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quiet Mode (minutes only)</source>
        <translation>Rustige &amp;modus (alleen minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter screen shows whole minutes, no seconds, and never chimes (Q)</source>
        <translation>Het presentatiescherm toont hele minuten, geen seconden, en laat nooit een belletje horen (Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Presenter Screen</source>
        <translation>Presentatiescherm</translation>
    </message>
</context>
<context>
    <name>PresenterPicker</name>
    <message>
        <location filename="../../reflectdesk/ui/room/presenter_picker.py" line="+52"/>
        <location line="+15"/>
        <source>Case presenter</source>
        <translation>Inbrenger</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No presenter</source>
        <translation>Geen inbrenger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Groepslid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presented</source>
        <translation>Keer ingebracht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last time</source>
        <translation>Laatste keer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a name, or select it and press Enter or Space, to choose.</source>
        <translation>Kies door op een naam te klikken, of selecteer de naam en druk op Enter of de spatiebalk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absent and excused members are not listed.</source>
        <translation>Afwezige en afgemelde groepsleden staan niet in de lijst.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Presenting today: %1</source>
        <translation>Inbrenger vandaag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No presenter chosen yet.</source>
        <translation>Nog geen inbrenger gekozen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose %1 (suggested)</source>
        <translation>%1 kiezen (voorgesteld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has presented least often, and longest ago, in this series</source>
        <translation>Heeft in deze reeks het minst vaak en het langst geleden ingebracht</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../reflectdesk/ui/room/presenter_window.py" line="+63"/>
        <source>Presenter screen</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Starting in</source>
        <translation>We beginnen over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting now</source>
        <translation>We beginnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting soon</source>
        <translation>We beginnen zo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countdown to the start</source>
        <translation>Aftellen tot de start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PAUSED</source>
        <translation>GEPAUZEERD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over time</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly time</source>
        <translation>Bijna tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Nog te gaan</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/print_choice.py" line="+24"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session &amp;summary</source>
        <translation>&amp;Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant &amp;handout</source>
        <translation>&amp;Hand-out voor deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance register</source>
        <translation>&amp;Presentielijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning &amp;bulletin of the group</source>
        <translation>&amp;Nieuwsbrief met leerpunten van de groep</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a session to print its summary, handout or register.</source>
        <translation>Kies een bijeenkomst om het verslag, de hand-out of de presentielijst af te drukken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What do you want to print?</source>
        <translation>Wat wil je afdrukken?</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/print_commands.py" line="+67"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance &amp;Register (PDF)…</source>
        <translation>&amp;Presentielijst (PDF)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a group or a session to print.</source>
        <translation>Kies een groep of een bijeenkomst om af te drukken.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a session first.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
</context>
<context>
    <name>PrintTitles</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/print_actions.py" line="-56"/>
        <source>Print Session Summary</source>
        <translation>Verslag van de bijeenkomst afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Participant Handout</source>
        <translation>Hand-out voor deelnemers afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Attendance Register</source>
        <translation>Presentielijst afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Learning Bulletin</source>
        <translation>Nieuwsbrief met leerpunten afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Series Report</source>
        <translation>Reeksrapport afdrukken</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/privacy_menu.py" line="+23"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock Private Notes</source>
        <translation>Privénotities &amp;vergrendelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock private notes now (%1)</source>
        <translation>Vergrendel je privénotities nu (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock Private Notes…</source>
        <translation>Privénotities &amp;ontgrendelen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>Set &amp;Passphrase…</source>
        <translation>&amp;Wachtwoordzin instellen…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Make a &amp;New Encryption Key…</source>
        <translation>&amp;Nieuwe versleutelingssleutel maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forgot Passphrase…</source>
        <translation>Wachtwoordzin ver&amp;geten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Encrypted Note File…</source>
        <translation>Versleuteld notitie&amp;bestand openen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private notes: no passphrase yet</source>
        <translation>Privénotities: nog geen wachtwoordzin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a passphrase</source>
        <translation>Stel een wachtwoordzin in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private notes: unlocked</source>
        <translation>Privénotities: ontgrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to lock now (%1)</source>
        <translation>Klik om nu te vergrendelen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private notes: locked</source>
        <translation>Privénotities: vergrendeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to unlock</source>
        <translation>Klik om te ontgrendelen</translation>
    </message>
</context>
<context>
    <name>PrivateNoteBox</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/private_note_box.py" line="+82"/>
        <location line="+148"/>
        <source>Not saved yet: set a passphrase to keep it</source>
        <translation>Nog niet opgeslagen: stel een wachtwoordzin in om de notitie te bewaren</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted, and saved as you type (up to %1 characters)</source>
        <translation>Versleuteld en opgeslagen terwijl je typt (maximaal %1 tekens)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Private notes are locked</source>
        <translation>Privénotities zijn vergrendeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They stay encrypted until you unlock them. The clock, cards and attendance keep working.</source>
        <translation>Ze blijven versleuteld tot je ze ontgrendelt. De klok, de kaarten en de aanwezigheid werken gewoon door.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unlock…</source>
        <translation>Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>ProgrammeDelegate</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/hub_groups_table.py" line="-103"/>
        <source>Programme on the hub</source>
        <translation>Programma op de hub</translation>
    </message>
</context>
<context>
    <name>ProgrammeFigures</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/programme_figures.py" line="+90"/>
        <source>Figures of this programme</source>
        <translation>Cijfers van dit programma</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a programme to see its figures.</source>
        <translation>Kies een programma om de cijfers te zien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working out the figures…</source>
        <translation>De cijfers worden berekend…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not work out the figures: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick the groups of this programme to see its figures.</source>
        <translation>Vink de groepen van dit programma aan om de cijfers te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 in %3.</source>
        <translation>%1 en %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n begeleider</numerusform>
            <numerusform>%n begeleiders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>% agree: the share of the answers in the top two points of the scale, shown as % (agreeing/answers). All groups: every form of every group together. Session 1 is the first session of every group, and so on. A percentage of fewer than %1 answers is not shown.</source>
        <translation>% eens: het deel van de antwoorden in de bovenste twee punten van de schaal, weergegeven als % (eens/antwoorden). Alle groepen: alle formulieren van alle groepen samen. Bijeenkomst 1 is de eerste bijeenkomst van elke groep, enzovoort. Een percentage over minder dan %1 antwoorden wordt niet getoond.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participants, facilitators and the attendance rule</source>
        <translation>Deelnemers, begeleiders en de aanwezigheidseis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet the attendance rule</source>
        <translation>Voldoen aan de aanwezigheidseis</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+24"/>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>no rule</source>
        <translation>geen eis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (at least %n session(s))</source>
        <translation>
            <numerusform>%1 (minstens %n bijeenkomst)</numerusform>
            <numerusform>%1 (minstens %n bijeenkomsten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: % agree by group</source>
        <translation>%1: % eens per groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+34"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: % agree by session number</source>
        <translation>%1: % eens per bijeenkomstnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: paired change from start to end</source>
        <translation>%1: gepaard verschil van begin tot einde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: start and end, unpaired, where pairs are missing</source>
        <translation>%1: begin en einde, ongepaard, waar paren ontbreken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: start and end, unpaired</source>
        <translation>%1: begin en einde, ongepaard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% agree at the start</source>
        <translation>% eens aan het begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% agree at the end</source>
        <translation>% eens aan het einde</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n answer(s): too few to report</source>
        <translation>
            <numerusform>%n antwoord: te weinig om te rapporteren</numerusform>
            <numerusform>%n antwoorden: te weinig om te rapporteren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/programmes_dialog.py" line="+63"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+49"/>
        <location line="+90"/>
        <location line="+6"/>
        <source>Programmes</source>
        <translation>Programma’s</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+1"/>
        <source>Name of the programme</source>
        <translation>Naam van het programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New programme</source>
        <translation>&amp;Nieuw programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Groups in this programme (tick to add)</source>
        <translation>Groepen in dit programma (vink aan om toe te voegen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export programme report…</source>
        <translation>Programmarapport &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figures of this programme</source>
        <translation>Cijfers van dit programma</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New programme</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename programme</source>
        <translation>Naam van programma wijzigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Delete programme</source>
        <translation>Programma verwijderen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete this programme? Its groups and their records stay as they are.</source>
        <translation>Dit programma verwijderen? De groepen en hun gegevens blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Export programme report</source>
        <translation>Programmarapport exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting PDF</source>
        <translation>PDF exporteren</translation>
    </message>
</context>
<context>
    <name>ProgressTable</name>
    <message>
        <location filename="../../reflectdesk/ui/records/leader_progress.py" line="+15"/>
        <source>What is done and what is still needed</source>
        <translation>Wat al gedaan is en wat nog nodig is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Done</source>
        <translation>✓ Gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Not yet</source>
        <translation>✗ Nog niet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app cannot count this: tick it when it is done.</source>
        <translation>Dit kan de app niet tellen: vink het aan als het gedaan is.</translation>
    </message>
</context>
<context>
    <name>PublishStatusWords</name>
    <message>
        <location filename="../../reflectdesk/ui/hub/publish_status.py" line="+35"/>
        <source>Last published %1.</source>
        <translation>Laatst gepubliceerd: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet.</source>
        <translation>Nog niet gepubliceerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) wait to be published.</source>
        <translation>
            <numerusform>%n rij wacht op publicatie.</numerusform>
            <numerusform>%n rijen wachten op publicatie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits to be published.</source>
        <translation>Er wacht niets op publicatie.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n learning point(s) or action(s) held back: a likely identifier nobody has kept.</source>
        <translation>
            <numerusform>%n leerpunt of actiepunt tegengehouden: er staat een herleidbaar patiëntgegeven in dat niemand heeft laten staan.</numerusform>
            <numerusform>%n leerpunten of actiepunten tegengehouden: er staan herleidbare patiëntgegevens in die niemand heeft laten staan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireItemsTable</name>
    <message>
        <location filename="../../reflectdesk/ui/library/questionnaire_items.py" line="+43"/>
        <source>Item</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverse-coded</source>
        <translation>Omgekeerd gescoord</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Likert scale</source>
        <translation>Likertschaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Open vraag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>5 points</source>
        <translation>5 punten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 points</source>
        <translation>7 punten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reverse</source>
        <translation>omgekeerd</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New item</source>
        <translation>Nieuwe vraag</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLibraryDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/library/questionnaire_editor.py" line="+64"/>
        <source>Questionnaires[*]</source>
        <translation>Vragenlijsten[*]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After a session (participants)</source>
        <translation>Na een bijeenkomst (deelnemers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start and end of a series (participants)</source>
        <translation>Begin en eind van een reeks (deelnemers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions check (facilitator)</source>
        <translation>Voorwaardencheck (begeleider)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add Item</source>
        <translation>Vraag &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Item</source>
        <translation>Vraag ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate to Edit</source>
        <translation>&amp;Kopiëren om te bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;Template…</source>
        <translation>Uit &amp;sjabloon…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a validated instrument whose items cannot be shipped: its scoring comes with ReflectDesk, you type the items from your copy of the paper.</source>
        <translation>Voeg een gevalideerd instrument toe waarvan de vragen niet meegeleverd mogen worden: de scoring zit in ReflectDesk, de vragen typ je over uit je eigen exemplaar van het artikel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Used for:</source>
        <translation>&amp;Gebruikt voor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Items</source>
        <translation>Vr&amp;agen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Vragenlijsten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versie %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n keer ingevuld</numerusform>
            <numerusform>%n keer ingevuld</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Built-in questionnaire, read-only. “Duplicate to Edit” makes your own copy.</source>
        <translation>Ingebouwde vragenlijst, alleen-lezen. Met “Kopiëren om te bewerken” maak je een eigen kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring template: type each item&apos;s text from your copy of the paper in place of its placeholder, then save. The scoring comes with the template.</source>
        <translation>Scoresjabloon: typ bij elke vraag de tekst uit je exemplaar van het artikel over in plaats van de plaatshouder, en sla dan op. De scoring komt uit het sjabloon.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This questionnaire has %n response(s); saving makes version %1, earlier answers keep version %2.</source>
        <translation>
            <numerusform>Deze vragenlijst is al %n keer ingevuld; bij opslaan wordt dit versie %1, eerdere antwoorden blijven bij versie %2.</numerusform>
            <numerusform>Deze vragenlijst is al %n keer ingevuld; bij opslaan wordt dit versie %1, eerdere antwoorden blijven bij versie %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own questionnaire · key %1 · version %2 · no responses yet</source>
        <translation>Eigen vragenlijst · code %1 · versie %2 · nog niet ingevuld</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Saved “%1” as version %2; the %n earlier response(s) keep version %3.</source>
        <translation>
            <numerusform>“%1” opgeslagen als versie %2; het eerdere antwoord (%n keer ingevuld) blijft bij versie %3.</numerusform>
            <numerusform>“%1” opgeslagen als versie %2; de eerdere antwoorden (%n keer ingevuld) blijven bij versie %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “%1”.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not import %1:</source>
        <translation>%1 kon niet worden geïmporteerd:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not copy the questionnaire</source>
        <translation>De vragenlijst kon niet worden gekopieerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made “%1”, your own copy: change it as you like.</source>
        <translation>“%1” gemaakt, je eigen kopie: pas hem aan zoals je wilt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Questionnaire</source>
        <translation>Vragenlijst exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Questionnaire</source>
        <translation>Vragenlijst importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire files (*.toml);;All files (*)</source>
        <translation>Vragenlijstbestanden (*.toml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not import the questionnaire</source>
        <translation>De vragenlijst kon niet worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported “%1” as your own, key %2.</source>
        <translation>“%1” geïmporteerd als eigen vragenlijst, code %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From Template</source>
        <translation>Uit sjabloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not add the instrument</source>
        <translation>Het instrument kon niet worden toegevoegd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added “%1” from its scoring template: type its items, then save.</source>
        <translation>“%1” is toegevoegd uit het scoresjabloon: typ de vragen over en sla dan op.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not export the questionnaire</source>
        <translation>De vragenlijst kon niet worden geëxporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>RecordsMenu</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/records_menu.py" line="+49"/>
        <source>Recor&amp;ds</source>
        <translation>Reg&amp;istratie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leader Log…</source>
        <translation>&amp;Begeleiderslogboek…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions led, supervision and progress toward accreditation (%1)</source>
        <translation>Begeleide bijeenkomsten, supervisie en je voortgang richting accreditatie (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leader Log of This &amp;Facilitator…</source>
        <translation>&amp;Logboek van deze begeleider…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log of the facilitator chosen in the group&apos;s members</source>
        <translation>Het logboek van de begeleider die je bij de groepsleden hebt gekozen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_dialogs.py" line="+186"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With this key you can set a new passphrase if you ever forget yours. Write it down or print it, and keep it away from this laptop. It is shown only this once.</source>
        <translation>Met deze sleutel kun je een nieuwe wachtwoordzin instellen als je de jouwe ooit vergeet. Schrijf hem op of print hem, en bewaar hem niet bij deze laptop. Je ziet hem alleen deze ene keer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have &amp;written it down</source>
        <translation>Ik heb hem &amp;opgeschreven</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/restore_dialog.py" line="+38"/>
        <location line="+1"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>before migration</source>
        <translation>vóór update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before restore</source>
        <translation>vóór terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restore from Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ReflectDesk keeps a copy of your data every day it changes, when you close it, and before every upgrade. Choose the copy to go back to. Your current data is backed up first, so a restore can be undone.</source>
        <translation>ReflectDesk bewaart een kopie van je gegevens op elke dag dat er iets verandert, als je het programma sluit en vóór elke update. Kies de kopie waarnaar je terug wilt. Van je huidige gegevens wordt eerst een back-up gemaakt, zodat je het terugzetten ongedaan kunt maken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen back-ups van deze database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in ReflectDesk with the backup from %1? The current data is backed up first, as &apos;before restore&apos;.</source>
        <translation>Alles in ReflectDesk vervangen door de back-up van %1? Van de huidige gegevens wordt eerst een back-up gemaakt, als ‘vóór terugzetten’.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/results_view.py" line="+79"/>
        <source>At the start and at the end of the series</source>
        <translation>Aan het begin en aan het eind van de reeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each pair of bars is one statement: everyone&apos;s answers at the start, then at the end. Left of the line disagree, right agree; the number in a colour is its share in %.</source>
        <translation>Elk paar balken is één stelling: de antwoorden van iedereen aan het begin, daarna aan het eind. Links van de lijn oneens, rechts eens; het getal in een kleur is het aandeel in %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Eind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions session by session, beside attendance</source>
        <translation>Voorwaarden per bijeenkomst, naast de aanwezigheid</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>% who agree, session by session</source>
        <translation>% dat het eens is, per bijeenkomst</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>The numbers per statement</source>
        <translation>De cijfers per stelling</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Written answers</source>
        <translation>Open antwoorden</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>All %1 from %2 together. Left of the line disagree, right agree; the number in a colour is its share in %.</source>
        <translation>Alle %1 van %2 samen. Links van de lijn oneens, rechts eens; het getal in een kleur is het aandeel in %.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The facilitator&apos;s score for each condition after each session (1 = strongly disagree … %1 = strongly agree; darker purple is better), under the number of participants who attended.</source>
        <translation>De score van de begeleider per voorwaarde na elke bijeenkomst (1 = helemaal oneens … %1 = helemaal eens; hoe donkerder paars, hoe beter), onder het aantal deelnemers dat aanwezig was.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <location line="+72"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n ingevulde vragenlijst</numerusform>
            <numerusform>%n ingevulde vragenlijsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-86"/>
        <location line="+87"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n bijeenkomst</numerusform>
            <numerusform>%n bijeenkomsten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Left of the line disagree, right agree; the number in a colour is its share in %.</source>
        <translation>Links van de lijn oneens, rechts eens; het getal in een kleur is het aandeel in %.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Each dot is one session (%1 to %n form(s) each); the number at the right is the latest session&apos;s.</source>
        <translation>
            <numerusform>Elke stip is één bijeenkomst (%1 tot %n ingevulde vragenlijst per bijeenkomst); het getal rechts hoort bij de laatste bijeenkomst.</numerusform>
            <numerusform>Elke stip is één bijeenkomst (%1 tot %n ingevulde vragenlijsten per bijeenkomst); het getal rechts hoort bij de laatste bijeenkomst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>n: forms that answered the statement; missing: forms that left it blank. Mean, SD and median (Q1–Q3) are in scale points (1 = strongly disagree). How % agree and the other figures are computed: see below.</source>
        <translation>n: ingevulde vragenlijsten met een antwoord op de stelling; leeg: vragenlijsten waarin de stelling open bleef. Gemiddelde, SD en mediaan (Q1–Q3) zijn in schaalpunten (1 = helemaal oneens). Hoe % eens en de andere cijfers berekend zijn: zie hieronder.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2 at the start and %3 at the end of the series.</source>
        <translation>%1: %2 aan het begin en %3 aan het eind van de reeks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2, given once, at the start of the series.</source>
        <translation>%1: %2, eenmalig afgenomen, aan het begin van de reeks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, given once, at the end of the series.</source>
        <translation>%1: %2, eenmalig afgenomen, aan het eind van de reeks.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 from %3.</source>
        <translation>%1: %2 uit %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Paired change from start to end</source>
        <translation>Gepaard verschil van begin tot einde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unpaired figures, for the statements where pairs are missing</source>
        <translation>Ongepaarde cijfers, voor de stellingen waar paren ontbreken</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+43"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (Q1–Q3)</source>
        <translation>Mediaan (Q1–Q3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change (%-points)</source>
        <translation>Verschil (%-punten)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>% agree</source>
        <translation>% eens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (reverse-worded)</source>
        <translation> (omgekeerd geformuleerd)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>too few to report</source>
        <translation>te weinig om te rapporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>n start</source>
        <translation>n begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% agree start</source>
        <translation>% eens begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n end</source>
        <translation>n eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% agree end</source>
        <translation>% eens eind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change in mean</source>
        <translation>Verschil in gemiddelde</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_key_dialogs.py" line="+121"/>
        <source>Make a new encryption key</source>
        <translation>Nieuwe versleutelingssleutel maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-encrypt notes</source>
        <translation>Notities opnieuw versleutelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This encrypts your %n private note(s) again with a new key. Use it if a copy of the database and your passphrase may both have been seen. If you made a recovery key, you get a new one and the old one stops working.</source>
        <translation>
            <numerusform>Hiermee wordt je %n privénotitie opnieuw versleuteld met een nieuwe sleutel. Doe dit als iemand misschien zowel een kopie van de database als je wachtwoordzin heeft gezien. Heb je een herstelsleutel gemaakt, dan krijg je een nieuwe en werkt de oude niet meer.</numerusform>
            <numerusform>Hiermee worden je %n privénotities opnieuw versleuteld met een nieuwe sleutel. Doe dit als iemand misschien zowel een kopie van de database als je wachtwoordzin heeft gezien. Heb je een herstelsleutel gemaakt, dan krijg je een nieuwe en werkt de oude niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../reflectdesk/ui/room/run_view.py" line="+83"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>PAUSED</source>
        <translation>GEPAUZEERD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The clock is paused. Space resumes it.</source>
        <translation>De klok staat stil. Met de spatiebalk loopt hij weer verder.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+188"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Phase</source>
        <translation>Volge&amp;nde fase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+&amp;1 min</source>
        <translation>+&amp;1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End Session…</source>
        <translation>B&amp;eëindigen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+2"/>
        <source>End Session</source>
        <translation>Bijeenkomst beëindigen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>End the session now? The clock stops and the session is kept as finished.</source>
        <translation>De bijeenkomst nu beëindigen? De klok stopt en de bijeenkomst wordt bewaard als afgerond.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Phase %1 of %2</source>
        <translation>Fase %1 van %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not started — press Space to start</source>
        <translation>Nog niet begonnen — druk op de spatiebalk om te starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session finished</source>
        <translation>Bijeenkomst afgelopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused · </source>
        <translation>Gepauzeerd · </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Over time</source>
        <translation>⚠ Over tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Nearly time: %1 left</source>
        <translation>⚠ Bijna tijd: nog %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left in this phase</source>
        <translation>Nog te gaan in deze fase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned length %1</source>
        <translation>Geplande duur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lasted %1 of a planned %2</source>
        <translation>Duurde %1 van de geplande %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on time</source>
        <translation>op schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 behind plan</source>
        <translation>%1 achter op schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ahead of plan</source>
        <translation>%1 voor op schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session %1 · %2</source>
        <translation>Bijeenkomst %1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ now</source>
        <translation>◀ nu</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/sample_banner.py" line="+28"/>
        <source>You are looking at the sample groups: made-up people, kept apart from your own groups, which are in %1. Their private notes open with the passphrase “%2”.</source>
        <translation>Je bekijkt de voorbeeldgroepen: verzonnen mensen, apart gehouden van je eigen groepen, die in %1 staan. Hun privénotities open je met de wachtwoordzin ‘%2’.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to My Groups</source>
        <translation>Terug naar mijn groepen</translation>
    </message>
</context>
<context>
    <name>SampleGroups</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/sample_groups.py" line="+38"/>
        <source>Preparing the sample groups…</source>
        <translation>Voorbeeldgroepen klaarzetten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample groups</source>
        <translation>Voorbeeldgroepen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not prepare the sample groups</source>
        <translation>De voorbeeldgroepen konden niet worden klaargezet</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/scores_view.py" line="+41"/>
        <location line="+7"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scored as the instrument&apos;s manual prescribes (subscales, reverse-worded items, its own answer values and factor); a form with more blanks than the manual allows has no score and counts as missing. Range: the lowest and highest possible score.</source>
        <translation>Gescoord zoals de handleiding van het instrument voorschrijft (subschalen, omgekeerd geformuleerde stellingen, de eigen antwoordwaarden en factor); een formulier met meer lege antwoorden dan de handleiding toestaat, krijgt geen score en telt als ontbrekend. Bereik: de laagst en hoogst mogelijke score.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too few to report</source>
        <translation>te weinig om te rapporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (SD)</source>
        <translation>Gemiddelde (SD)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>n start</source>
        <translation>n begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (SD) start</source>
        <translation>Gemiddelde (SD) begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n end</source>
        <translation>n eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (SD) end</source>
        <translation>Gemiddelde (SD) eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in mean</source>
        <translation>Verschil in gemiddelde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean paired change</source>
        <translation>Gemiddeld gepaard verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
</context>
<context>
    <name>SearchHitKind</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/search_page.py" line="+41"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Groepslid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning point</source>
        <translation>Leerpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My private note</source>
        <translation>Mijn privénotitie</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location line="+148"/>
        <source>Private notes are locked, so they were not searched (Ctrl+Shift+L unlocks).</source>
        <translation>Privénotities zijn vergrendeld en dus niet doorzocht (ontgrendelen met Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private notes are being made searchable…</source>
        <translation>Privénotities worden doorzoekbaar gemaakt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type to search groups, members, sessions and notes.</source>
        <translation>Typ om groepen, groepsleden, bijeenkomsten en notities te doorzoeken.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n result(s) — Enter opens the first, ↓ moves into the list.</source>
        <translation>
            <numerusform>%n resultaat — Enter opent het, met ↓ ga je de lijst in.</numerusform>
            <numerusform>%n resultaten — Enter opent het eerste, met ↓ ga je de lijst in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/search_popup.py" line="+34"/>
        <source>Esc goes back to the clock.</source>
        <translation>Met Esc ga je terug naar de klok.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../reflectdesk/ui/room/session_page.py" line="+87"/>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Card shown on the presenter screen.</source>
        <translation>Kaart staat op het presentatiescherm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card hidden from the presenter screen.</source>
        <translation>Kaart van het presentatiescherm gehaald.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Back to group</source>
        <translation>◀ Terug naar groep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the group (Alt+Left)</source>
        <translation>Terug naar de groep (Alt+Left)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Presenter screen dark. K brings it back.</source>
        <translation>Presentatiescherm op zwart. Met K komt het terug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter screen back.</source>
        <translation>Presentatiescherm is terug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chime at Phase End</source>
        <translation>Belletje bij einde &amp;fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A soft chime when a phase&apos;s time is up (off by default)</source>
        <translation>Een zacht belletje als de tijd van een fase om is (staat standaard uit)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Summary…</source>
        <translation>Verslag exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session&apos;s summary as PDF (Ctrl+E)</source>
        <translation>Het verslag van deze bijeenkomst als PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions Check…</source>
        <translation>Voorwaardencheck…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate this session&apos;s conditions, in under a minute (Ctrl+Shift+K)</source>
        <translation>Beoordeel de voorwaarden van deze bijeenkomst, in minder dan een minuut (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Room, cards and notes</source>
        <translation>Ruimte, kaarten en notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Ruimte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Back to the Clock</source>
        <translation>Terug naar de klok</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not record attendance</source>
        <translation>De aanwezigheid kon niet worden vastgelegd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attendance of %1</source>
        <translation>aanwezigheid van %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not record the presenter</source>
        <translation>De inbrenger kon niet worden vastgelegd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the presenter choice</source>
        <translation>de keuze van de inbrenger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 presents the case.</source>
        <translation>%1 brengt de casus in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The session is back to planned.</source>
        <translation>De bijeenkomst staat weer op gepland.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is running.</source>
        <translation>De bijeenkomst loopt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has ended.</source>
        <translation>De bijeenkomst is afgelopen.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/sessions_panel.py" line="-22"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Running</source>
        <translation>● Bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>Own phases</source>
        <translation>Eigen fasen</translation>
    </message>
</context>
<context>
    <name>SessionThemes</name>
    <message>
        <location filename="../../reflectdesk/ui/room/session_themes.py" line="+48"/>
        <source>Tick the themes of this session; Enter renames one</source>
        <translation>Vink de thema&apos;s van deze bijeenkomst aan; met Enter wijzig je de naam van een thema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Theme…</source>
        <translation>Nieuw thema…</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>Themes of this session</source>
        <translation>Thema&apos;s van deze bijeenkomst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Themes are tagged and named after the session.</source>
        <translation>Thema&apos;s koppelen en benoemen doe je na de bijeenkomst.</translation>
    </message>
</context>
<context>
    <name>SessionUndo</name>
    <message>
        <location filename="../../reflectdesk/ui/room/session_undo.py" line="+46"/>
        <location line="+38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Undo the last clock action, attendance mark or presenter choice (Ctrl+Z)</source>
        <translation>Maak de laatste klokactie, aanwezigheidsregistratie of keuze van de inbrenger ongedaan (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Undid %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not undo %1: %2</source>
        <translation>Ongedaan maken lukte niet (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next phase</source>
        <translation>volgende fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>hervatten</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../reflectdesk/ui/groups/sessions_panel.py" line="+16"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the next session of this group (Ctrl+Shift+P)</source>
        <translation>Plan de volgende bijeenkomst van deze groep (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected session to run it (Enter)</source>
        <translation>Open de gekozen bijeenkomst om hem te begeleiden (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the date, place or phases of the selected planned session</source>
        <translation>Wijzig de datum, plaats of fasen van de gekozen geplande bijeenkomst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan Series…</source>
        <translation>Reeks plannen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan several sessions at once: weekly, every two weeks, monthly or on chosen dates</source>
        <translation>Plan meerdere bijeenkomsten tegelijk: wekelijks, om de week, maandelijks of op gekozen data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar of Planned Sessions (.&amp;ics)…</source>
        <translation>Agenda met geplande bijeenkomsten (.&amp;ics)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;lected Session to Calendar (.ics)…</source>
        <translation>&amp;Gekozen bijeenkomst naar agenda (.ics)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance List of Accredited Sessions (CPD)…</source>
        <translation>Presentielijst van geaccrediteerde bijeenkomsten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance List of Selected Session (CPD)…</source>
        <translation>Presentielijst van de gekozen bijeenkomst…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accreditation Id of Selected Session…</source>
        <translation>Accreditatienummer van de gekozen bijeenkomst…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+204"/>
        <source>Delete Planned Session</source>
        <translation>Geplande bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>No sessions yet. Plan the first one with Ctrl+Shift+P, or a whole series at once with Plan Series below.</source>
        <translation>Nog geen bijeenkomsten. Plan de eerste met Ctrl+Shift+P, of een hele reeks tegelijk met Reeks plannen hieronder.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Themes so far: %1</source>
        <translation>Thema&apos;s tot nu toe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n bijeenkomst</numerusform>
            <numerusform>%n bijeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n leerpunt</numerusform>
            <numerusform>%n leerpunten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Accreditation Id</source>
        <translation>Accreditatienummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accreditation id of this session, if different from the group&apos;s:</source>
        <translation>Accreditatienummer van deze bijeenkomst, als dat afwijkt van dat van de groep:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the accreditation id</source>
        <translation>Kon het accreditatienummer niet opslaan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not delete the session</source>
        <translation>De bijeenkomst kon niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this planned session? Sessions that ran are never deleted.</source>
        <translation>Deze geplande bijeenkomst verwijderen? Bijeenkomsten die al geweest zijn, worden nooit verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_dialogs.py" line="-88"/>
        <source>Protect your private notes</source>
        <translation>Je privénotities beveiligen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect my notes</source>
        <translation>Mijn notities beveiligen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your private notes are encrypted on this laptop with a passphrase that only you know. Choose one you will remember: a few unrelated words work well, for example “kettle harbour violet seven”.</source>
        <translation>Je privénotities worden op deze laptop versleuteld met een wachtwoordzin die alleen jij kent. Kies er een die je onthoudt: een paar losse woorden werken goed, bijvoorbeeld “ketel haven viooltje zeven”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at least %1 characters</source>
        <translation>minstens %1 tekens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;If you forget this passphrase, your private notes cannot be opened again&lt;/b&gt; — not by you, not by us, not by anyone. Your groups, sessions, attendance and shared learning points are not affected.</source>
        <translation>&lt;b&gt;Als je deze wachtwoordzin vergeet, kunnen je privénotities nooit meer worden geopend&lt;/b&gt; — niet door jou, niet door ons, door niemand. Je groepen, bijeenkomsten, aanwezigheid en gedeelde leerpunten blijven gewoon beschikbaar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also make a &amp;recovery key to write down and keep somewhere safe</source>
        <translation>Maak ook een &amp;herstelsleutel om op te schrijven en veilig te bewaren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encrypting…</source>
        <translation>Versleutelen…</translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/shortcut_overview.py" line="+101"/>
        <source>Clear the attendance</source>
        <translation>Aanwezigheid wissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendance list (selected member)</source>
        <translation>Aanwezigheid (gekozen groepslid)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session room</source>
        <translation>Tijdens de bijeenkomst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists and tables</source>
        <translation>Lijsten en tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys</source>
        <translation>Overige toetsen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/shortcuts_dialog.py" line="+30"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter by action or key, e.g. pause or Ctrl</source>
        <translation>Zoek op handeling of toets, bijv. pauzeren of Ctrl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the shortcuts</source>
        <translation>Sneltoetsen filteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No shortcut matches.</source>
        <translation>Geen sneltoets gevonden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session room&apos;s keys (the clock, the cards, the presenter screen) are listed here while a session is open; its buttons show them too.</source>
        <translation>De toetsen tijdens een bijeenkomst (de klok, de kaarten, het presentatiescherm) staan hier zolang een bijeenkomst open is; de knoppen tonen ze ook.</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/start_failure_dialog.py" line="+18"/>
        <source>&amp;Open Log Folder</source>
        <translation>Logmap &amp;openen</translation>
    </message>
</context>
<context>
    <name>StudyThemes</name>
    <message>
        <location filename="../../reflectdesk/ui/room/study_themes.py" line="+26"/>
        <source>experience</source>
        <translation>ervaring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning gain</source>
        <translation>leeropbrengst</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/exports/export_options.py" line="+37"/>
        <source>Full names</source>
        <translation>Volledige namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials only</source>
        <translation>Alleen initialen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include my private notes</source>
        <translation>Mijn privénotities opnemen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A column to sign in</source>
        <translation>Een kolom om te tekenen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>With private notes, every page is marked CONFIDENTIAL. Reflective notes can be disclosed by a court; share this file with care.</source>
        <translation>Met privénotities wordt elke pagina als vertrouwelijk gemarkeerd. Reflectieve notities kunnen door een rechter worden opgevraagd; deel dit bestand dus met zorg.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Say whose case each point came from</source>
        <translation>Bij elk punt vermelden wie de casus inbracht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files</source>
        <translation>CSV-bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Format:</source>
        <translation>&amp;Bestandsformaat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformaat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/entry.py" line="-279"/>
        <source>Start of the series</source>
        <translation>Begin van de reeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the series</source>
        <translation>Eind van de reeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (version %1)</source>
        <translation> (versie %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Vragenlijst:</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../reflectdesk/ui/jobs/task.py" line="+51"/>
        <source>Something went wrong inside ReflectDesk (%1).</source>
        <translation>Er ging iets mis in ReflectDesk (%1).</translation>
    </message>
</context>
<context>
    <name>ThemeNameDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/room/study_themes.py" line="+53"/>
        <source>Rename Theme</source>
        <translation>Naam van thema wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <location line="-49"/>
        <source>Themes of a learning point</source>
        <translation>Thema’s van een leerpunt</translation>
    </message>
</context>
<context>
    <name>TurnoutView</name>
    <message>
        <location filename="../../reflectdesk/ui/evaluation/turnout_view.py" line="+42"/>
        <location line="+8"/>
        <source>Forms returned, session by session</source>
        <translation>Ingevulde vragenlijsten per bijeenkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The group: %1 and %2.</source>
        <translation>De groep: %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+12"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n begeleider</numerusform>
            <numerusform>%n begeleiders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response rate: not known, as no attendance of participants was recorded.</source>
        <translation>Respons: onbekend, want de aanwezigheid van de deelnemers is niet bijgehouden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response rate: %1 returned by %2 present (%3).</source>
        <translation>Respons: %1, %2 aanwezig (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n ingevulde vragenlijst</numerusform>
            <numerusform>%n ingevulde vragenlijsten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants present</source>
        <translation>Deelnemers aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms returned</source>
        <translation>Ingevulde vragenlijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response rate</source>
        <translation>Respons</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_dialogs.py" line="+63"/>
        <source>Unlock private notes</source>
        <translation>Privénotities ontgrendelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your passphrase to read and write your private notes.</source>
        <translation>Typ je wachtwoordzin om je privénotities te lezen en te schrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forgot your passphrase?</source>
        <translation>Wachtwoordzin &amp;vergeten?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait %1 s</source>
        <translation>Wacht %1 s</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/upgrade_notice.py" line="+48"/>
        <source>Upgrading</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading your database to this version of ReflectDesk. A backup of it was made first.

With many years of records this can take a minute or two; ReflectDesk opens when it is done.</source>
        <translation>Je database wordt bijgewerkt voor deze versie van ReflectDesk. Er is eerst een back-up van gemaakt.

Met gegevens van vele jaren kan dit een paar minuten duren; ReflectDesk opent zodra het klaar is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrading the database</source>
        <translation>De database wordt bijgewerkt</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_controller.py" line="+190"/>
        <source>Private notes stay unlocked: a note is not saved (%1).</source>
        <translation>Privénotities blijven ontgrendeld: een notitie is niet opgeslagen (%1).</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The passphrase is changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Private notes were not reset</source>
        <translation>Privénotities zijn niet gewist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private notes are deleted. Set a passphrase when you write the next one.</source>
        <translation>De privénotities zijn verwijderd. Stel een wachtwoordzin in zodra je een nieuwe notitie schrijft.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Re-encrypting private notes…</source>
        <translation>Privénotities opnieuw versleutelen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed</source>
        <translation>Er is niets veranderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every private note is encrypted with a new key.</source>
        <translation>Alle privénotities zijn versleuteld met een nieuwe versleutelingssleutel.</translation>
    </message>
</context>
<context>
    <name>VaultDialogs</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_key_dialogs.py" line="-72"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes stay as they are; only the lock changes. A recovery key, if you made one, keeps working.</source>
        <translation>Je notities blijven zoals ze zijn; alleen het slot verandert. Heb je een herstelsleutel gemaakt, dan blijft die gewoon werken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use your recovery key</source>
        <translation>Je herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase</source>
        <translation>Nieuwe wachtwoordzin instellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when you set your passphrase, then choose a new passphrase.</source>
        <translation>Typ de herstelsleutel die je hebt opgeschreven toen je je wachtwoordzin instelde, en kies daarna een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
</context>
<context>
    <name>VaultKeyQuestions</name>
    <message>
        <location line="+51"/>
        <source>Start again without the old private notes?</source>
        <translation>Opnieuw beginnen zonder de oude privénotities?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Without the passphrase or a recovery key, your %n private note(s) cannot be opened. You can delete them and set a new passphrase for new notes.</source>
        <translation>
            <numerusform>Zonder de wachtwoordzin of een herstelsleutel is %n privénotitie niet meer te openen. Je kunt die notitie verwijderen en een nieuwe wachtwoordzin instellen voor nieuwe notities.</numerusform>
            <numerusform>Zonder de wachtwoordzin of een herstelsleutel zijn je %n privénotities niet meer te openen. Je kunt ze verwijderen en een nieuwe wachtwoordzin instellen voor nieuwe notities.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groups, sessions, attendance, learning points and actions all stay. Deleting the private notes cannot be undone; a backup of the database is made first.</source>
        <translation>Groepen, bijeenkomsten, aanwezigheid, leerpunten en actiepunten blijven allemaal bewaard. Het verwijderen van de privénotities kun je niet ongedaan maken; er wordt eerst een back-up van de database gemaakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete private notes</source>
        <translation>Privénotities verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove older backups?</source>
        <translation>Oudere back-ups verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The passphrase is changed. %n older backup(s) of this database still open with the passphrase that was used when they were made.</source>
        <translation>
            <numerusform>De wachtwoordzin is gewijzigd. %n oudere back-up van deze database is nog steeds te openen met de wachtwoordzin die gold toen die back-up werd gemaakt.</numerusform>
            <numerusform>De wachtwoordzin is gewijzigd. %n oudere back-ups van deze database zijn nog steeds te openen met de wachtwoordzin die gold toen ze werden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was made on %1.</source>
        <translation>Die is gemaakt op %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They were made from %1 to %2.</source>
        <translation>Ze zijn gemaakt tussen %1 en %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new backup was made just now with the new passphrase; it is kept. Removing the older ones cannot be undone; copies of them elsewhere (another disk, a cloud folder) are not touched.</source>
        <translation>Zojuist is er een nieuwe back-up gemaakt met de nieuwe wachtwoordzin; die blijft bewaard. Het verwijderen van oudere back-ups kun je niet ongedaan maken. Kopieën op andere plekken (een andere schijf, een cloudmap) blijven ongemoeid.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Remove %n older backup(s)</source>
        <translation>
            <numerusform>%n oudere back-up verwijderen</numerusform>
            <numerusform>%n oudere back-ups verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep them</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>VaultSetupBar</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_inline.py" line="-181"/>
        <source>Private notes need a passphrase. Set it now, before the session, so that nothing interrupts it.</source>
        <translation>Voor privénotities is een wachtwoordzin nodig. Stel die nu in, vóór de bijeenkomst, zodat de bijeenkomst straks niet onderbroken wordt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set &amp;Up Passphrase</source>
        <translation>&amp;Wachtwoordzin instellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>passphrase, at least %1 characters</source>
        <translation>wachtwoordzin, minstens %1 tekens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>again</source>
        <translation>nog een keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a recovery &amp;key</source>
        <translation>&amp;Herstelsleutel maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once, after the session, to write down and keep safe</source>
        <translation>Wordt één keer getoond, na de bijeenkomst, om op te schrijven en veilig te bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect &amp;My Notes</source>
        <translation>&amp;Mijn notities beveiligen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you forget it, your private notes cannot be opened again — not by anyone. Everything else is not affected.</source>
        <translation>Als je hem vergeet, kan niemand je privénotities nog openen — echt niemand. Al het andere blijft gewoon beschikbaar.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>What you type is not saved until a passphrase is set.</source>
        <translation>Wat je typt, wordt pas opgeslagen als er een wachtwoordzin is ingesteld.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your private note is not saved yet. Set a passphrase to keep it.</source>
        <translation>Je privénotitie is nog niet opgeslagen. Stel een wachtwoordzin in om hem te bewaren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting…</source>
        <translation>Versleutelen…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/welcome_page.py" line="-84"/>
        <source>Welcome to ReflectDesk</source>
        <translation>Welkom bij ReflectDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ReflectDesk helps you run reflective-practice groups such as Balint groups and intervision: the session clock, prompt cards, attendance, evaluations and your private notes. It works offline and keeps everything in one file on this computer.</source>
        <translation>ReflectDesk helpt je bij het begeleiden van reflectiegroepen zoals Balintgroepen en intervisie: de klok tijdens de bijeenkomst, vraagkaarten, aanwezigheid, evaluaties en je privénotities. Het werkt zonder internet en bewaart alles in één bestand op deze computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create your first group</source>
        <translation>Je eerste groep maken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the sample groups</source>
        <translation>Voorbeeldgroepen openen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sample groups are made up and kept in a separate file, so you can try everything without touching your own groups.</source>
        <translation>De voorbeeldgroepen zijn verzonnen en staan in een apart bestand. Zo kun je alles uitproberen zonder aan je eigen groepen te komen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where your data is kept</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups are kept in the “backups” folder inside it.</source>
        <translation>Back-ups staan daarin in de map ‘backups’.</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <location filename="../../reflectdesk/ui/shell/application.py" line="+113"/>
        <source>%1 was not imported: the ReflectDesk that has this database open did not answer. Import it there with File ▸ Import Archive.</source>
        <translation>%1 is niet geïmporteerd: de ReflectDesk waarin deze database open is, reageerde niet. Importeer het archief daar met Bestand ▸ Archief importeren.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The sample groups are kept in %1. Delete that file to have them made afresh the next time.</source>
        <translation>De voorbeeldgroepen staan in %1. Verwijder dat bestand, dan worden ze de volgende keer opnieuw gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open the sample groups</source>
        <translation>De voorbeeldgroepen konden niet worden geopend</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup was not restored</source>
        <translation>De back-up is niet teruggezet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup. The data before is kept in %1.</source>
        <translation>De back-up is teruggezet. De gegevens van daarvoor zijn bewaard in %1.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>_NewPassphraseDialog</name>
    <message>
        <location filename="../../reflectdesk/ui/privacy/vault_key_dialogs.py" line="-169"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>N&amp;ogmaals:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
</TS>
