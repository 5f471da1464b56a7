# ruff: noqa: E501
"""The demo's notes in Dutch: the phrase banks of demo/notes.py, line for line the same
shape (tests/demo/test_dutch_demo.py holds them to it), written as a Dutch GP trainer
or hospital educator writes up a Balint group or an intervision of aios. Frames take
their clause after a colon, so a lesson keeps main-clause word order wherever it lands;
intentions are infinitive phrases ("Volgende keer wil ik ...", "Voornemen: ...")."""

from __future__ import annotations

from reflectdesk.demo.notes import words_from

_TOPICS = """
[patient] slecht nieuws brengen | een slechtnieuwsgesprek | een consult met slecht nieuws
case: een man van in de vijftig bij wie de biopsie kanker liet zien | een vrouw van in de zestig die hoorde dat er uitzaaiingen zijn
comm: een waarschuwingsschot vóór het nieuws geeft de patiënt even tijd om zich voor te bereiden
comm> de eerste stilte na het nieuws aan de patiënt laten
self: je daarna trillerig voelen is normaal, en het tegen je opleider zeggen helpt
team: vooraf afspreken wie wat zegt houdt het gesprek rustig
[patient] boze patiënten | een consult met een boze patiënt | een gespannen consult
case: een man die aan de balie schreeuwt over de wachttijd | een vrouw die boos is omdat een verwijzing werd geweigerd
comm: achter boosheid zit vaak angst, en die angst benoemen maakte het gesprek rustiger
comm> eerst de frustratie erkennen en dan pas de regels uitleggen
self: boosheid niet persoonlijk opvatten vraagt oefening, niet alleen goede voornemens
[diag] diagnostische onzekerheid | een casus met een onduidelijke diagnose | een onduidelijk klachtenbeeld
case: een jonge vrouw die twee keer met buikpijn naar huis werd gestuurd | een oudere man die zonder duidelijke reden moe is
learn: onzekerheid hoort bij de huisartsgeneeskunde en kun je delen met de patiënt
comm: hardop vangnetadvies geven zorgt dat de patiënt en ik hetzelfde plan hebben
self: mijn behoefte aan zekerheid duwt me richting onderzoek dat de patiënt niet helpt
doc: vangnetadvies telt pas als het in het dossier staat
[colleague] feedback van een opleider | een feedbackgesprek | een gesprek met mijn opleider
case: feedback die ik kreeg waar de patiënt bij was | een opleider die na een druk spreekuur alleen kritiek gaf
learn: feedback is makkelijker te gebruiken als ik vraag wat ik precies anders kan doen
self: een harde opmerking zegt evenveel over de dag van de opleider als over mij
learn> aan het begin van de dag om feedback vragen op één concrete vaardigheid
[complex] zorg rond het levenseinde thuis | de palliatieve zorg thuis | een huisbezoek in de laatste levensfase
case: een man die thuis sterft en zijn uitgeputte vrouw | een vrouw van in de tachtig die gestopt is met eten
comm: vragen wat de patiënt het belangrijkst vindt verandert het hele gesprek
team: de wijkverpleging ziet de familie elke dag en weet wat er speelt
self: bij een stervende patiënt zitten zonder iets te doen is ook zorg
doc: heldere notities over de wensen van de patiënt voorkomen 's nachts een ongewenste opname
[diag] een kind met koorts 's nachts | een nachtelijk telefoontje over een ziek kind | een nachtdienst op de huisartsenpost
case: een peuter met hoge koorts midden in de nacht | een baby met koorts van wie de ouders twee keer belden
comm: bezorgde ouders moeten horen waar ze op moeten letten, niet alleen dat het waarschijnlijk een virus is
learn: de triagevragen werken alleen als ik echt naar de antwoorden luister
self: door vermoeidheid 's nachts voelt elke beslissing zwaarder
[complex] verslaglegging onder tijdsdruk | een volgeboekt spreekuur | een dag zonder tijd voor verslaglegging
case: de verslagen van twintig patiënten na een volle ochtend | een haastige verwijzing waarin de vraag ontbrak
doc: een korte notitie die je meteen schrijft is beter dan een lange uit je geheugen
doc> na elk uur vijf minuten blokken voor verslaglegging
learn: kopiëren en plakken verbergt precies wat er veranderd is
[colleague] een fout van een collega | een situatie waarin een collega een fout maakte | een situatie waarin ik iets moest zeggen
case: een aios die een middel voorschreef waarvoor de patiënt allergisch was | een verkeerde dosis op de afdeling
team: een zorg als vraag brengen houdt het gesprek open
self: als jongste in de kamer iets zeggen is moeilijk en toch de moeite waard
learn: incidentmeldingen zijn er om van te leren, niet om te straffen
[colleague] de rol van de coassistent in het team | de eerste week van een coschap | een drukke grote visite
case: een coassistent die een week lang buiten de visite werd gehouden | een eerste verrichting, alleen en ongevraagd
team: op dag één vragen wat er van me verwacht wordt scheelt een week gissen
team: patiënten vertellen de coassistent soms dingen die ze de arts niet vertellen
self: je in de eerste weken nutteloos voelen komt veel voor, en het gaat over
[complex] zelfzorg na een overlijden | de dagen na het overlijden van een patiënt | een nacht waarin een patiënt overleed
case: het overlijden van een patiënt die de coassistent goed kende | een reanimatie die 's nachts niet lukte
self: rouw na het overlijden van een patiënt is normaal en niet onprofessioneel
self> er dezelfde dag over praten in plaats van het mee naar huis te nemen
others: de groep gaf me de ruimte om er nog verdrietig over te zijn
team: een korte nabespreking helpt het hele team, niet alleen de coassistent
[patient] vragen om antibiotica | een verzoek dat ik niet kon inwilligen | een consult over antibiotica
case: een man van in de dertig die antibiotica wil voor een verkoudheid | een vrouw die voor de tweede keer komt met keelpijn
comm: eerst de hulpvraag uitdiepen maakt nee zeggen minder een weigering
comm> elke keer naar ideeën, zorgen en verwachtingen vragen
[patient] suïcidale gedachten | een gesprek over suïcidale gedachten | een consult over psychische klachten
case: een jonge man die hoopt op sommige dagen niet meer wakker te worden | een patiënt van studentenleeftijd met paniekaanvallen
comm: direct vragen naar suïcidale gedachten brengt iemand niet op het idee
team: dezelfde dag een duidelijk plan met de opleider helpt me om los te laten
"""
_BANK = """
[lessons] others: horen hoe anderen een vergelijkbare casus aanpakten maakte mijn keuze minder eenzaam
others: de groep zag dingen in de casus die ik helemaal had gemist
others> onafgemaakte casussen in de groep inbrengen in plaats van ze alleen te dragen
learn: een casus dezelfde avond opschrijven laat me zien wat er echt gebeurde
learn> een reflectie beginnen bij wat ik voelde en niet bij wat ik deed
comm: samenvatten wat de patiënt zei laat merken dat hij gehoord is
comm: stilte is een instrument, geen ongemakkelijk gat | gewone woorden werken beter dan vaktaal
comm> eerst nagaan wat de patiënt al weet en dan pas uitleggen
comm> de emotie die ik zie benoemen in plaats van eroverheen te stappen
self: irritatie over een patiënt is informatie, geen falen
self> na een zwaar consult even een minuut nemen voor de volgende patiënt
team: als coassistent kan ik iets toevoegen wat het team mist, zoals tijd om te luisteren
team> mezelf en mijn rol aan het hele team voorstellen, niet alleen aan de arts
doc: opschrijven waarom ik iets besloot is net zo belangrijk als wat ik besloot
doc> vastleggen wat met de patiënt is afgesproken, in de woorden van de patiënt
[clause] {C}. | Geleerd: {c}. | Wat me opviel: {c}. | Neem ik mee: {c}. | Inzicht: {c}.
[situated clause] In {s} merkte ik: {c}. | Uit de casus over {subject}: {c}. | Bij de casus van {case}: {c}.
[intent] Volgende keer wil ik {c}. | Ik ga {c}. | Doel voor de komende weken: {c}. | Voornemen: {c}.
[situated intent] In {s} wil ik {c}. | Volgende keer, in {s}: {c}.
[group] De groep liet me zien: {c}. | Door de anderen te horen besefte ik: {c}.
[tail] het grootste deel van de groep herkende dit | hier ben ik nog mee bezig | geldt ook buiten de praktijk
iets om met mijn opleider te bespreken | makkelijker gezegd dan gedaan | op de afdeling net zo goed
[opener] {p} bracht een casus in over {case}. | Casus van vandaag, ingebracht door {p}: {case}.
{p} bracht een casus in over {case}; de groep koos deze boven twee andere casussen.
[affected] {p} leek er meer door geraakt dan het verhaal deed vermoeden.
{p} had aan het eind tranen in de ogen; we spraken kort na en dat leek voor nu genoeg.
{p} ontspande zichtbaar toen de groep de casus overnam. | Fijn om te zien dat {p} twijfel durfde te tonen.
{p} bleef zeggen "het ging prima", maar de casus ging duidelijk niet prima.
[dynamics] Levendige groep vandaag, veel herkenning. | Humor hielp na een zware start.
Weinig energie, eind van een lange klinische week; minder associaties dan anders.
Sommigen schoten snel in het advies; twee keer heb ik ze teruggebracht naar de relatie met de patiënt.
De groep bleef bij de gevoelens in plaats van het medische probleem op te lossen. Fijn om te zien.
Een paar vragen werden een kruisverhoor en ik ben tussenbeide gekomen om {p} te beschermen.
Veilige sfeer: mensen deelden meer dan eerder. | Veel herkenning rond {subject}.
[quiet] {q} was weer stil; voor de volgende bijeenkomst even polsen. | {q} leek er vandaag niet helemaal bij.
{q} zei niets tot de slotronde en kwam toen met de scherpste observatie van de dag.
{q} zei nauwelijks iets. Moe, of raakte de casus iets? | Fijn dat {q} meer van zich liet horen.
[late] {l} kwam te laat binnen, wat de flow even onderbrak. | {l} kwam te laat van de visite.
[left early] {l} moest eerder weg voor een dienst. | {l} ging weg vóór de slotronde (dienst).
[over time] We liepen uit in "{phase}"; ik heb verlengd in plaats van het gesprek af te kappen.
"{phase}" liep {minutes} min uit en de groep had die tijd nodig.
[pause] Eén korte onderbreking halverwege (een pieper). | We hebben één keer gepauzeerd voor een proefalarm.
[on time] Zonder moeite binnen de tijd gebleven. | Op tijd klaar, al voelde de slotronde gehaast.
[next time] Volgende keer: beginnen met een korte check-in. | Over een paar weken terugkomen op {subject}.
Volgende keer: de afspraak over adviezen nog eens noemen. | Meer ruimte voor de stille fase.
[actions] F: De leerpunten van vandaag naar de groep sturen | F: Een rustigere ruimte boeken voor de volgende bijeenkomst
F: Een kort artikel over {subject} rondsturen vóór de volgende bijeenkomst
F: Bij {q} navragen hoe het gaat in de opleiding
M: Een vervolg op de casus meenemen naar de volgende bijeenkomst | M: Een casus voorbereiden voor de volgende bijeenkomst
M: De opleider om tien minuten vragen om de casus door te spreken
[follow-up] Veel opener dan in het begin; stelt nu de vragen waar de inbrenger verder mee komt.
Geeft snel advies. Besproken; wil oefenen met open vragen.
Goed gesprek gehad over de rol als coassistent; voelt zich nu meer onderdeel van het team.
Zag er een aantal weken moe uit. Zegt dat het rooster zwaar is maar te doen. Vinger aan de pols houden.
[missed] Gevraagd hoe het gaat; afgesproken dat ik het de volgende keer vooraf hoor.
[after presenting] Zei achteraf dat de groep hielp om de patiënt anders te zien.
Leek na afloop aangeslagen; we spraken tien minuten na en spraken af volgende week even te polsen.
[no presenter] de inbrenger
[chose] De groep koos een casus over {case}.
[quieter] de stillere groepsleden
[missed count] {missed} van de {held} bijeenkomsten tot nu toe gemist.
[presented] Bracht de casus in over {subject}.
[after session] Na bijeenkomst {number}: {text}
"""
DUTCH = words_from(_TOPICS, _BANK)
