<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>app_shell</name>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound, display, audio device and practice settings ({shortcut})</source>
        <translation>Einstellungen für Ton, Anzeige, Audiogerät und Üben ({shortcut})</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Numbers to call or text if you need help now ({shortcut})</source>
        <translation>Nummern zum Anrufen oder Schreiben, wenn du jetzt Hilfe brauchst ({shortcut})</translation>
    </message>
    <message>
        <source>Some settings were reset</source>
        <translation>Einige Einstellungen wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>Your weekly check is due: {menu}, then {item} ({shortcut}).</source>
        <translation>Dein Wochencheck steht an: {menu}, dann {item} ({shortcut}).</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Wähle eine Übung</translation>
    </message>
    <message>
        <source>Choose a routine in the library to edit it.</source>
        <translation>Wähle in der Bibliothek die Übung aus, die du bearbeiten möchtest.</translation>
    </message>
    <message>
        <source>Choose a routine in the library first.</source>
        <translation>Wähle zuerst eine Übung in der Bibliothek aus.</translation>
    </message>
    <message>
        <source>Library not refreshed</source>
        <translation>Bibliothek nicht aktualisiert</translation>
    </message>
    <message>
        <source>The routine was saved, but: {error}</source>
        <translation>Die Übung wurde gespeichert, aber: {error}</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Kein Verlauf</translation>
    </message>
    <message>
        <source>There is no usable history on this computer yet.</source>
        <translation>Auf diesem Computer gibt es noch keinen nutzbaren Verlauf.</translation>
    </message>
    <message>
        <source>History cannot be shown</source>
        <translation>Der Verlauf kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Your history could not be read: {error}</source>
        <translation>Dein Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Settings could not be saved</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{error}
They apply until you close the app.</source>
        <translation>{error}
Sie gelten, bis du die App schließt.</translation>
    </message>
</context>
<context>
    <name>bodymap_editor</name>
    <message>
        <source>Front and back</source>
        <translation>Vorne und hinten</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show the front and the back of the figure side by side</source>
        <translation>Zeigt die Figur von vorne und von hinten nebeneinander</translation>
    </message>
    <message>
        <source>Show only the front of the figure, larger</source>
        <translation>Zeigt nur die Vorderseite der Figur, größer</translation>
    </message>
    <message>
        <source>Show only the back of the figure, larger</source>
        <translation>Zeigt nur die Rückseite der Figur, größer</translation>
    </message>
    <message>
        <source>All 74 areas as a list grouped by body part, for the keyboard or a screen reader</source>
        <translation>Alle 74 Bereiche als Liste nach Körperteilen geordnet, für die Tastatur oder einen Screenreader</translation>
    </message>
    <message>
        <source>Neutral figure</source>
        <translation>Neutrale Figur</translation>
    </message>
    <message>
        <source>Female figure</source>
        <translation>Weibliche Figur</translation>
    </message>
    <message>
        <source>Male figure</source>
        <translation>Männliche Figur</translation>
    </message>
    <message numerus="yes">
        <source>This clears the %n area(s) you rated. Continue?</source>
        <translation>
            <numerusform>Damit wird der bewertete Bereich gelöscht. Möchtest du fortfahren?</numerusform>
            <numerusform>Damit werden die %n bewerteten Bereiche gelöscht. Möchtest du fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change ({shortcut})</source>
        <translation>Macht die letzte Änderung rückgängig ({shortcut})</translation>
    </message>
    <message>
        <source>Figure outline</source>
        <translation>Umriss der Figur</translation>
    </message>
    <message>
        <source>The figure drawn: neutral, female or male</source>
        <translation>Die gezeigte Figur: neutral, weiblich oder männlich</translation>
    </message>
    <message>
        <source>No pain anywhere</source>
        <translation>Nirgendwo Schmerzen</translation>
    </message>
</context>
<context>
    <name>bodymap_list</name>
    <message>
        <source>right upper head</source>
        <translation>Oberkopf rechts</translation>
    </message>
    <message>
        <source>left upper head</source>
        <translation>Oberkopf links</translation>
    </message>
    <message>
        <source>right face</source>
        <translation>Gesicht rechts</translation>
    </message>
    <message>
        <source>left face</source>
        <translation>Gesicht links</translation>
    </message>
    <message>
        <source>right front of neck</source>
        <translation>Hals vorne rechts</translation>
    </message>
    <message>
        <source>left front of neck</source>
        <translation>Hals vorne links</translation>
    </message>
    <message>
        <source>right front of shoulder</source>
        <translation>Schulter vorne rechts</translation>
    </message>
    <message>
        <source>right chest</source>
        <translation>Brust rechts</translation>
    </message>
    <message>
        <source>left chest</source>
        <translation>Brust links</translation>
    </message>
    <message>
        <source>left front of shoulder</source>
        <translation>Schulter vorne links</translation>
    </message>
    <message>
        <source>right upper arm</source>
        <translation>Oberarm rechts</translation>
    </message>
    <message>
        <source>left upper arm</source>
        <translation>Oberarm links</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>Ellenbogen rechts</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>Ellenbogen links</translation>
    </message>
    <message>
        <source>right forearm</source>
        <translation>Unterarm rechts</translation>
    </message>
    <message>
        <source>right upper abdomen</source>
        <translation>Oberbauch rechts</translation>
    </message>
    <message>
        <source>left upper abdomen</source>
        <translation>Oberbauch links</translation>
    </message>
    <message>
        <source>left forearm</source>
        <translation>Unterarm links</translation>
    </message>
    <message>
        <source>right wrist</source>
        <translation>Handgelenk rechts</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>Hüfte rechts</translation>
    </message>
    <message>
        <source>right lower abdomen and groin</source>
        <translation>Unterbauch und Leiste rechts</translation>
    </message>
    <message>
        <source>left lower abdomen and groin</source>
        <translation>Unterbauch und Leiste links</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>Hüfte links</translation>
    </message>
    <message>
        <source>left wrist</source>
        <translation>Handgelenk links</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>Hand rechts</translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation>Oberschenkel rechts</translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation>Oberschenkel links</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>Hand links</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>Knie rechts</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>Knie links</translation>
    </message>
    <message>
        <source>right shin</source>
        <translation>Schienbein rechts</translation>
    </message>
    <message>
        <source>left shin</source>
        <translation>Schienbein links</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>Knöchel rechts</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>Knöchel links</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>Fuß rechts</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>Fuß links</translation>
    </message>
    <message>
        <source>left upper back of head</source>
        <translation>Hinterkopf oben links</translation>
    </message>
    <message>
        <source>right upper back of head</source>
        <translation>Hinterkopf oben rechts</translation>
    </message>
    <message>
        <source>left lower back of head</source>
        <translation>Hinterkopf unten links</translation>
    </message>
    <message>
        <source>right lower back of head</source>
        <translation>Hinterkopf unten rechts</translation>
    </message>
    <message>
        <source>left back of neck</source>
        <translation>Nacken links</translation>
    </message>
    <message>
        <source>right back of neck</source>
        <translation>Nacken rechts</translation>
    </message>
    <message>
        <source>left back of shoulder</source>
        <translation>Schulter hinten links</translation>
    </message>
    <message>
        <source>left upper back</source>
        <translation>oberer Rücken links</translation>
    </message>
    <message>
        <source>right upper back</source>
        <translation>oberer Rücken rechts</translation>
    </message>
    <message>
        <source>right back of shoulder</source>
        <translation>Schulter hinten rechts</translation>
    </message>
    <message>
        <source>left back of upper arm</source>
        <translation>Oberarm hinten links</translation>
    </message>
    <message>
        <source>left mid back</source>
        <translation>mittlerer Rücken links</translation>
    </message>
    <message>
        <source>right mid back</source>
        <translation>mittlerer Rücken rechts</translation>
    </message>
    <message>
        <source>right back of upper arm</source>
        <translation>Oberarm hinten rechts</translation>
    </message>
    <message>
        <source>left back of elbow</source>
        <translation>Ellenbogen hinten links</translation>
    </message>
    <message>
        <source>right back of elbow</source>
        <translation>Ellenbogen hinten rechts</translation>
    </message>
    <message>
        <source>left back of forearm</source>
        <translation>Unterarm hinten links</translation>
    </message>
    <message>
        <source>left lower back</source>
        <translation>unterer Rücken links</translation>
    </message>
    <message>
        <source>right lower back</source>
        <translation>unterer Rücken rechts</translation>
    </message>
    <message>
        <source>right back of forearm</source>
        <translation>Unterarm hinten rechts</translation>
    </message>
    <message>
        <source>left back of wrist</source>
        <translation>Handgelenk hinten links</translation>
    </message>
    <message>
        <source>left outer hip</source>
        <translation>Hüfte außen links</translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation>Gesäß links</translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation>Gesäß rechts</translation>
    </message>
    <message>
        <source>right outer hip</source>
        <translation>Hüfte außen rechts</translation>
    </message>
    <message>
        <source>right back of wrist</source>
        <translation>Handgelenk hinten rechts</translation>
    </message>
    <message>
        <source>left back of hand</source>
        <translation>Handrücken links</translation>
    </message>
    <message>
        <source>left back of thigh</source>
        <translation>Oberschenkel hinten links</translation>
    </message>
    <message>
        <source>right back of thigh</source>
        <translation>Oberschenkel hinten rechts</translation>
    </message>
    <message>
        <source>right back of hand</source>
        <translation>Handrücken rechts</translation>
    </message>
    <message>
        <source>left back of knee</source>
        <translation>Kniekehle links</translation>
    </message>
    <message>
        <source>right back of knee</source>
        <translation>Kniekehle rechts</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>Wade links</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>Wade rechts</translation>
    </message>
    <message>
        <source>left back of ankle</source>
        <translation>Knöchel hinten links</translation>
    </message>
    <message>
        <source>right back of ankle</source>
        <translation>Knöchel hinten rechts</translation>
    </message>
    <message>
        <source>left heel</source>
        <translation>Ferse links</translation>
    </message>
    <message>
        <source>right heel</source>
        <translation>Ferse rechts</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Upper abdomen</source>
        <translation>Oberbauch</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation>Unterbauch</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Oberarm</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Ellenbogen</translation>
    </message>
    <message>
        <source>Forearm</source>
        <translation>Unterarm</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>Handgelenk</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>Knöchel</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dumpf schmerzend</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pochend</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>einschießend</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>kribbelnd</translation>
    </message>
    <message>
        <source>electric</source>
        <translation>elektrisierend</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>taub</translation>
    </message>
    <message>
        <source>cramping</source>
        <translation>krampfartig</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>druckempfindlich</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>stiff</source>
        <translation>steif</translation>
    </message>
    <message>
        <source>All body areas</source>
        <translation>Alle Körperbereiche</translation>
    </message>
    <message>
        <source>Grouped by body part. Number keys rate the area, 1 then 0 for 10; Delete clears it; W marks the worst area.</source>
        <translation>Nach Körperteilen geordnet. Zifferntasten bewerten den Bereich, 1 und dann 0 für 10; Entf löscht die Bewertung; W markiert den schlimmsten Bereich.</translation>
    </message>
    <message>
        <source>Choose an area; number keys rate it, Delete clears it, W marks worst</source>
        <translation>Wähle einen Bereich; Zifferntasten bewerten ihn, Entf löscht, W markiert den schlimmsten</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Empfindung</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Am schlimmsten</translation>
    </message>
    <message>
        <source>★ worst</source>
        <translation>★ am schlimmsten</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>rated {rating} of 10</source>
        <translation>bewertet mit {rating} von 10</translation>
    </message>
</context>
<context>
    <name>bodymap_paint</name>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>as if facing you</source>
        <translation>als stünde die Person dir gegenüber</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>as if seen from behind</source>
        <translation>von hinten gesehen</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 kein Schmerz</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge by the head: the person&apos;s right side</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge by the head: the person&apos;s left side</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>No pain anywhere</source>
        <translation>Nirgends Schmerzen</translation>
    </message>
</context>
<context>
    <name>bodymap_panel</name>
    <message numerus="yes">
        <source>%n area(s) rated.</source>
        <translation>
            <numerusform>%n Bereich bewertet.</numerusform>
            <numerusform>%n Bereiche bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) rated; worst: {area}.</source>
        <translation>
            <numerusform>%n Bereich bewertet; am schlimmsten: {area}.</numerusform>
            <numerusform>%n Bereiche bewertet; am schlimmsten: {area}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain in this area: {n} (no pain)</source>
        <translation>Schmerz in diesem Bereich: {n} (kein Schmerz)</translation>
    </message>
    <message>
        <source>Pain in this area: {n} out of 10 (no pain)</source>
        <translation>Schmerz in diesem Bereich: {n} von 10 (kein Schmerz)</translation>
    </message>
    <message>
        <source>Pain in this area: {n} (worst imaginable)</source>
        <translation>Schmerz in diesem Bereich: {n} (schlimmster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <source>Pain in this area: {n} out of 10 (worst imaginable)</source>
        <translation>Schmerz in diesem Bereich: {n} von 10 (schlimmster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <source>Pain in this area: {n}</source>
        <translation>Schmerz in diesem Bereich: {n}</translation>
    </message>
    <message>
        <source>Pain in this area: {n} out of 10</source>
        <translation>Schmerz in diesem Bereich: {n} von 10</translation>
    </message>
    <message>
        <source>Pain in this area</source>
        <translation>Schmerz in diesem Bereich</translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 kein Schmerz</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>What it feels like (optional)</source>
        <translation>Wie es sich anfühlt (freiwillig)</translation>
    </message>
    <message>
        <source>Feels {quality}</source>
        <translation>Fühlt sich {quality} an</translation>
    </message>
    <message>
        <source>This area feels {quality}</source>
        <translation>Dieser Bereich fühlt sich {quality} an</translation>
    </message>
    <message>
        <source>★ &amp;Worst area</source>
        <translation>★ Schlimmste S&amp;telle</translation>
    </message>
    <message>
        <source>Mark this as the area that hurts most (W)</source>
        <translation>Markiere dies als die Stelle, die am meisten wehtut (W)</translation>
    </message>
    <message>
        <source>Worst area</source>
        <translation>Schlimmste Stelle</translation>
    </message>
    <message>
        <source>&amp;Clear this area</source>
        <translation>Bereich &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Remove this area&apos;s rating (Delete)</source>
        <translation>Entfernt die Bewertung dieses Bereichs (Entf)</translation>
    </message>
    <message>
        <source>&amp;No pain anywhere</source>
        <translation>&amp;Nirgendwo Schmerzen</translation>
    </message>
    <message>
        <source>Answer for the whole body: no pain anywhere right now</source>
        <translation>Antwort für den ganzen Körper: gerade nirgendwo Schmerzen</translation>
    </message>
    <message>
        <source>Choose an area</source>
        <translation>Wähle einen Bereich</translation>
    </message>
    <message>
        <source>Click it on the figure, move to it with the arrow keys on the figure, or pick it from the List.</source>
        <translation>Klicke ihn auf der Figur an, wechsle mit den Pfeiltasten auf der Figur dorthin oder wähle ihn in der Liste.</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>rated {rating} of 10</source>
        <translation>bewertet mit {rating} von 10</translation>
    </message>
    <message>
        <source>Front view, area {code}: {state}</source>
        <translation>Ansicht von vorne, Bereich {code}: {state}</translation>
    </message>
    <message>
        <source>Back view, area {code}: {state}</source>
        <translation>Ansicht von hinten, Bereich {code}: {state}</translation>
    </message>
    <message>
        <source>Answered: no pain anywhere.</source>
        <translation>Beantwortet: nirgendwo Schmerzen.</translation>
    </message>
    <message>
        <source>No areas rated yet.</source>
        <translation>Noch keine Bereiche bewertet.</translation>
    </message>
</context>
<context>
    <name>bodymap_widget</name>
    <message>
        <source>front view</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <source>back view</source>
        <translation>Rückansicht</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{rating} of 10</source>
        <translation>{rating} von 10</translation>
    </message>
    <message>
        <source>worst area</source>
        <translation>schlimmste Stelle</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>average {value} of 10</source>
        <translation>durchschnittlich {value} von 10</translation>
    </message>
    <message>
        <source>{area}, {view}: {value}</source>
        <translation>{area}, {view}: {value}</translation>
    </message>
    <message>
        <source>The person&apos;s right side ({view})</source>
        <translation>Rechte Seite der Person ({view})</translation>
    </message>
    <message>
        <source>The person&apos;s left side ({view})</source>
        <translation>Linke Seite der Person ({view})</translation>
    </message>
    <message>
        <source>Body map (read only)</source>
        <translation>Körperkarte (nur zum Ansehen)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with values; highest {area}: {value}</source>
        <translation>
            <numerusform>%n Bereich mit Wert; am höchsten {area}: {value}</numerusform>
            <numerusform>%n Bereiche mit Werten; am höchsten {area}: {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>No areas have values</source>
        <translation>Kein Bereich hat einen Wert</translation>
    </message>
    <message>
        <source>Body map, no area selected</source>
        <translation>Körperkarte, kein Bereich gewählt</translation>
    </message>
    <message>
        <source>Body map, {area}, {view}: {rating}</source>
        <translation>Körperkarte, {area}, {view}: {rating}</translation>
    </message>
    <message>
        <source>No pain anywhere.</source>
        <translation>Nirgends Schmerzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) rated.</source>
        <translation>
            <numerusform>%n Bereich bewertet.</numerusform>
            <numerusform>%n Bereiche bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between areas; 0 to 9 rate the area, 1 then 0 for 10; Delete clears it; W marks the worst area (rate it first).</source>
        <translation>Mit den Pfeiltasten gehst du von Bereich zu Bereich; 0 bis 9 bewerten den Bereich, 1 und dann 0 für 10; Entf löscht die Bewertung; W markiert die schlimmste Stelle (bewerte sie zuerst).</translation>
    </message>
</context>
<context>
    <name>breath_hold_dialog</name>
    <message>
        <source>You are pregnant</source>
        <translation>Du bist schwanger</translation>
    </message>
    <message>
        <source>Heart disease, or blood pressure that is not under control</source>
        <translation>Eine Herzerkrankung oder ein Blutdruck, der nicht gut eingestellt ist</translation>
    </message>
    <message>
        <source>Seizures or epilepsy</source>
        <translation>Krampfanfälle oder Epilepsie</translation>
    </message>
    <message>
        <source>Glaucoma or a detached retina</source>
        <translation>Grüner Star (Glaukom) oder eine Netzhautablösung</translation>
    </message>
    <message>
        <source>Surgery in the last few weeks</source>
        <translation>Eine Operation in den letzten Wochen</translation>
    </message>
    <message>
        <source>Severe lung disease</source>
        <translation>Eine schwere Lungenerkrankung</translation>
    </message>
    <message>
        <source>Panic attacks</source>
        <translation>Panikattacken</translation>
    </message>
    <message>
        <source>Breathing with held breaths</source>
        <translation>Atmen mit angehaltenem Atem</translation>
    </message>
    <message>
        <source>Before practices that hold the breath</source>
        <translation>Bevor du Übungen mit angehaltenem Atem machst</translation>
    </message>
    <message>
        <source>Box breathing and 4-7-8 breathing include short breath holds. They are offered only if none of these apply to you:</source>
        <translation>Box-Atmung und 4-7-8-Atmung enthalten kurze Momente, in denen du den Atem anhältst. Sie werden nur angeboten, wenn nichts davon auf dich zutrifft:</translation>
    </message>
    <message>
        <source>If one applies, every other practice stays available, and you can ask your care team about held breaths. You can change this answer later from {menu}.</source>
        <translation>Wenn etwas davon zutrifft, bleiben alle anderen Übungen verfügbar, und du kannst dein Betreuungsteam nach dem Atemanhalten fragen. Du kannst diese Antwort später unter {menu} ändern.</translation>
    </message>
    <message>
        <source>None of these apply</source>
        <translation>Nichts davon trifft zu</translation>
    </message>
    <message>
        <source>Offer the practices with breath holds</source>
        <translation>Übungen mit Atemanhalten anbieten</translation>
    </message>
    <message>
        <source>One or more apply</source>
        <translation>Etwas davon trifft zu</translation>
    </message>
    <message>
        <source>Keep practices with breath holds hidden</source>
        <translation>Übungen mit Atemanhalten ausgeblendet lassen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Close without answering</source>
        <translation>Schließen, ohne zu antworten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
</context>
<context>
    <name>change_view</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>{before} to {after}: no change</source>
        <translation>{before} auf {after}: keine Veränderung</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} higher ({percent}% higher)</source>
        <translation>{before} auf {after}: {amount} höher ({percent}&#xa0;% höher)</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} lower ({percent}% lower)</source>
        <translation>{before} auf {after}: {amount} niedriger ({percent}&#xa0;% niedriger)</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} higher</source>
        <translation>{before} auf {after}: {amount} höher</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} lower</source>
        <translation>{before} auf {after}: {amount} niedriger</translation>
    </message>
    <message>
        <source>Pain right now</source>
        <translation>Schmerzen gerade jetzt</translation>
    </message>
    <message>
        <source>Tension or stress</source>
        <translation>Anspannung oder Stress</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Before and after this practice</source>
        <translation>Vor und nach dieser Übung</translation>
    </message>
    <message>
        <source>Change in each body area</source>
        <translation>Veränderung in jedem Körperbereich</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{name}: body map</source>
        <translation>{name}: Körperkarte</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>{sign}{amount} ({sign}{percent}%)</source>
        <translation>{sign}{amount} ({sign}{percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>Nothing to compare this time: one of the check-ins was skipped.</source>
        <translation>Diesmal gibt es nichts zu vergleichen: Ein Check-in wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>checkin_dialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>After your practice</source>
        <translation>Nach deiner Übung</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>Kurzer Check-in</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked</source>
        <translation>
            <numerusform>%n Bereich markiert</numerusform>
            <numerusform>%n Bereiche markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>0 means {low}, {max} means {high}</source>
        <translation>0 bedeutet {low}, {max} bedeutet {high}</translation>
    </message>
    <message>
        <source>{title}: {n} out of {max}, {anchor}</source>
        <translation>{title}: {n} von {max}, {anchor}</translation>
    </message>
    <message>
        <source>{title}: {n} out of {max}</source>
        <translation>{title}: {n} von {max}</translation>
    </message>
    <message>
        <source>Choose a number for each, or skip. There are no right or wrong answers.</source>
        <translation>Wähle für jede Frage eine Zahl oder überspringe sie. Es gibt keine richtigen oder falschen Antworten.</translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation>&amp;Schmerzen gerade jetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>&amp;Tension or stress</source>
        <translation>&amp;Anspannung oder Stress</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save these ratings</source>
        <translation>Diese Bewertungen speichern</translation>
    </message>
    <message>
        <source>Same as last time</source>
        <translation>Wie beim letzten Mal</translation>
    </message>
    <message>
        <source>Fill in the same answers as last time</source>
        <translation>Die gleichen Antworten wie beim letzten Mal eintragen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Continue without rating</source>
        <translation>Ohne Bewertung weiter</translation>
    </message>
    <message>
        <source>Last time: {answers}</source>
        <translation>Letztes Mal: {answers}</translation>
    </message>
    <message>
        <source>Fill in the same answers as last time ({answers})</source>
        <translation>Die gleichen Antworten wie beim letzten Mal eintragen ({answers})</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>Schmerzen {value}</translation>
    </message>
    <message>
        <source>tension {value}</source>
        <translation>Anspannung {value}</translation>
    </message>
    <message>
        <source>no pain on the body map</source>
        <translation>keine Schmerzen auf der Körperkarte</translation>
    </message>
</context>
<context>
    <name>checkin_flow</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>This check-in could not be saved to your history: {error}
Anything saved before is still there.</source>
        <translation>Dieser Check-in konnte nicht in deinem Verlauf gespeichert werden: {error}
Alles, was du vorher gespeichert hast, ist noch da.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Check-in gespeichert.</translation>
    </message>
</context>
<context>
    <name>crisis_dialog</name>
    <message>
        <source>Crisis resources</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>The list of crisis numbers could not be loaded. If you are in danger, call your local emergency number now. findahelpline.com lists free, confidential helplines worldwide.</source>
        <translation>Die Liste der Krisennummern konnte nicht geladen werden. Wenn du in Gefahr bist, ruf jetzt die Notrufnummer in deiner Gegend an. Auf findahelpline.com findest du kostenlose, vertrauliche Hilfetelefone auf der ganzen Welt.</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Wenn du jetzt Hilfe brauchst</translation>
    </message>
    <message>
        <source>If you are in danger, or thinking about harming yourself, please contact one of these services. You don&apos;t have to face this alone.</source>
        <translation>Wenn du in Gefahr bist oder daran denkst, dir etwas anzutun, wende dich bitte an einen dieser Dienste. Du musst das nicht allein durchstehen.</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Andere Länder</translation>
    </message>
    <message>
        <source>Show the numbers for every country in the list</source>
        <translation>Die Nummern aller Länder in der Liste zeigen</translation>
    </message>
    <message>
        <source>Crisis numbers for other countries</source>
        <translation>Krisennummern anderer Länder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Wherever you are</source>
        <translation>Wo immer du bist</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the check date</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Numbers last checked on {date}. They are stored on this computer, so this window works without an internet connection.</source>
        <translation>Nummern zuletzt geprüft am {date}. Sie sind auf diesem Computer gespeichert, deshalb funktioniert dieses Fenster auch ohne Internetverbindung.</translation>
    </message>
    <message>
        <source>Hide other countries</source>
        <translation>Andere Länder ausblenden</translation>
    </message>
    <message>
        <source>Numbers to call or text if you need help now ({shortcut})</source>
        <translation>Nummern zum Anrufen oder Schreiben, wenn du jetzt Hilfe brauchst ({shortcut})</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Somatic Player backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Somatic-Player-Sicherungen (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n earlier history(ies) kept aside by restores</source>
        <translation>
            <numerusform>Auch den früheren Verlauf löschen, der beim Wiederherstellen beiseitegelegt wurde</numerusform>
            <numerusform>Auch die %n früheren Verläufe löschen, die beim Wiederherstellen beiseitegelegt wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up your history</source>
        <translation>Deinen Verlauf sichern</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Sicherung nicht gespeichert</translation>
    </message>
    <message>
        <source>The backup was not saved.

{error}</source>
        <translation>Die Sicherung wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>Saved a copy of your history to {path}.

It holds your ratings and journal: keep it somewhere private. To bring it back later, choose Restore from a backup.</source>
        <translation>Eine Kopie deines Verlaufs wurde unter {path} gespeichert.

Sie enthält deine Bewertungen und dein Tagebuch: Bewahre sie an einem privaten Ort auf. Um sie später zurückzuholen, wähle „Aus einer Sicherung wiederherstellen“.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore your history from this backup?</source>
        <translation>Deinen Verlauf aus dieser Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>{source}
{summary}

This replaces your current history with the one in the backup. The current one is kept aside as {name}.before-restore-&lt;date and time&gt; in {folder}, so nothing is lost.</source>
        <translation>{source}
{summary}

Dein aktueller Verlauf wird durch den aus der Sicherung ersetzt. Der aktuelle wird als {name}.before-restore-&lt;Datum und Uhrzeit&gt; in {folder} aufbewahrt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace and restore</source>
        <translation>Ersetzen und wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep the current history</source>
        <translation>Den aktuellen Verlauf behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n practice session(s)</source>
        <translation>
            <numerusform>%n Übungseinheit</numerusform>
            <numerusform>%n Übungseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds {sessions} and {checkins}.</source>
        <translation>Sie enthält {sessions} und {checkins}.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>It holds {sessions} and {checkins}, the latest from {date}.</source>
        <translation>Sie enthält {sessions} und {checkins}, die neuesten vom {date}.</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>History not restored</source>
        <translation>Verlauf nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Your history was not changed.

{error}</source>
        <translation>Dein Verlauf wurde nicht verändert.

{error}</translation>
    </message>
    <message>
        <source>Restored from {source}.

Your previous history is kept as {aside}.</source>
        <translation>Aus {source} wiederhergestellt.

Dein bisheriger Verlauf ist als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored from {source}.</source>
        <translation>Aus {source} wiederhergestellt.</translation>
    </message>
    <message>
        <source>History restored</source>
        <translation>Verlauf wiederhergestellt</translation>
    </message>
    <message>
        <source>Your current history has not been changed.

{error}</source>
        <translation>Dein aktueller Verlauf wurde nicht verändert.

{error}</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>Alle deine Daten löschen?</translation>
    </message>
    <message>
        <source>This deletes every practice session, check-in, body map, journal entry, weekly check and logged ketamine session from this computer. It cannot be undone.

Exports and backups you saved elsewhere are not touched; delete those files yourself if you want them gone. Your settings stay as they are.</source>
        <translation>Damit werden alle Übungseinheiten, Check-ins, Körperkarten, Tagebucheinträge, Wochenrückblicke und eingetragenen Ketamin-Sitzungen auf diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.

Exporte und Sicherungen, die du woanders gespeichert hast, bleiben unberührt; lösche diese Dateien selbst, wenn du sie nicht mehr möchtest. Deine Einstellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>To confirm, type {word} below.</source>
        <translation>Zur Bestätigung gib unten {word} ein.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Gib {word} zur Bestätigung ein</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Delete all your data</source>
        <translation>Alle deine Daten löschen</translation>
    </message>
    <message>
        <source>Keep your data</source>
        <translation>Deine Daten behalten</translation>
    </message>
    <message>
        <source>Data not deleted</source>
        <translation>Daten nicht gelöscht</translation>
    </message>
    <message>
        <source>Nothing was deleted.

{error}</source>
        <translation>Es wurde nichts gelöscht.

{error}</translation>
    </message>
    <message>
        <source>All your data was deleted from this computer. Exports and backups saved elsewhere were not touched.</source>
        <translation>Alle deine Daten wurden von diesem Computer gelöscht. Exporte und Sicherungen an anderen Orten blieben unberührt.</translation>
    </message>
    <message>
        <source>

These files could not be deleted: {files}</source>
        <translation>

Diese Dateien konnten nicht gelöscht werden: {files}</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Daten gelöscht</translation>
    </message>
</context>
<context>
    <name>editor.commands</name>
    <message>
        <source>Change “{field}”</source>
        <translation>„{field}“ ändern</translation>
    </message>
    <message>
        <source>Add step: {kind}</source>
        <translation>Schritt hinzufügen: {kind}</translation>
    </message>
    <message>
        <source>Remove step: {kind}</source>
        <translation>Schritt entfernen: {kind}</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
</context>
<context>
    <name>editor.patient_panel</name>
    <message>
        <source>Lying only</source>
        <translation>Nur im Liegen</translation>
    </message>
    <message>
        <source>Lying or seated</source>
        <translation>Im Liegen oder Sitzen</translation>
    </message>
    <message>
        <source>Lying, seated or standing</source>
        <translation>Im Liegen, Sitzen oder Stehen</translation>
    </message>
    <message>
        <source>Right-handed</source>
        <translation>Rechtshändig</translation>
    </message>
    <message>
        <source>Left-handed</source>
        <translation>Linkshändig</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Mögliche Haltungen</translation>
    </message>
    <message>
        <source>Handedness</source>
        <translation>Händigkeit</translation>
    </message>
    <message>
        <source>Regions not to tense</source>
        <translation>Bereiche, die nicht angespannt werden</translation>
    </message>
    <message>
        <source>Pick a region on the map</source>
        <translation>Wähle einen Bereich auf der Karte</translation>
    </message>
    <message>
        <source>Don&apos;t-tense regions: muscle groups covering them are guided to let go only, with no tensing. Pick a region, then mark it.</source>
        <translation>Bereiche ohne Anspannen: Muskelgruppen, die sie abdecken, werden nur zum Loslassen angeleitet, ohne Anspannen. Wähle einen Bereich und markiere ihn dann.</translation>
    </message>
    <message>
        <source>Not tensed: {regions}</source>
        <translation>Nicht anspannen: {regions}</translation>
    </message>
    <message>
        <source>Every region may be tensed.</source>
        <translation>Alle Bereiche dürfen angespannt werden.</translation>
    </message>
    <message>
        <source>Tensing is fine for the {region}</source>
        <translation>Anspannen ist in Ordnung: {region}</translation>
    </message>
    <message>
        <source>Don&apos;t tense the {region}</source>
        <translation>Nicht anspannen: {region}</translation>
    </message>
</context>
<context>
    <name>editor.preview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview caption</source>
        <translation>Vorschautext</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Schritt abspielen</translation>
    </message>
    <message>
        <source>Play the selected step (F5)</source>
        <translation>Gewählten Schritt abspielen (F5)</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Ab hier abspielen</translation>
    </message>
    <message>
        <source>Play from the selected step to the end (Shift+F5)</source>
        <translation>Vom gewählten Schritt bis zum Ende abspielen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>This step takes no time to play, or is left out for the patient.</source>
        <translation>Dieser Schritt dauert beim Abspielen keine Zeit oder wird für diese Person ausgelassen.</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
</context>
<context>
    <name>editor.step_forms</name>
    <message>
        <source>Give in and out seconds, or a rate below, not both.</source>
        <translation>Gib Sekunden fürs Ein- und Ausatmen an oder weiter unten eine Frequenz, aber nicht beides.</translation>
    </message>
    <message>
        <source>Breaths a minute; leave empty when you give in and out seconds.</source>
        <translation>Atemzüge pro Minute; lass das Feld leer, wenn du Sekunden fürs Ein- und Ausatmen angibst.</translation>
    </message>
    <message>
        <source>Give a length in seconds or a number of breaths, not both.</source>
        <translation>Gib eine Dauer in Sekunden oder eine Anzahl Atemzüge an, aber nicht beides.</translation>
    </message>
    <message>
        <source>Attention cues while tensing, one per line.</source>
        <translation>Hinweise für die Aufmerksamkeit beim Anspannen, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Noticing cues after letting go, one per line.</source>
        <translation>Hinweise zum Nachspüren nach dem Loslassen, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Body parts, separated by commas (hand, wrist, forearm...).</source>
        <translation>Körperteile auf Englisch, durch Kommas getrennt (hand, wrist, forearm...).</translation>
    </message>
    <message>
        <source>Body-map region codes, separated by commas (front 101-136, back 201-238).</source>
        <translation>Bereichscodes der Körperkarte, durch Kommas getrennt (vorne 101-136, hinten 201-238).</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas.</source>
        <translation>Suchwörter, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>A second, short in-breath on top of the first (cyclic sighing).</source>
        <translation>Ein zweites, kurzes Einatmen direkt nach dem ersten (zyklisches Seufzen).</translation>
    </message>
    <message>
        <source>The person&apos;s chosen pace and ratio (from [options.pace]) replace rate_bpm and ratio.</source>
        <translation>Das Tempo und Verhältnis, das die Person gewählt hat (aus [options.pace]), ersetzen rate_bpm und ratio.</translation>
    </message>
    <message>
        <source>The ramp starts at the person&apos;s measured natural rate (at most 12); ramp_from_bpm is the start when none was measured.</source>
        <translation>Der allmähliche Übergang beginnt bei der gemessenen natürlichen Atemfrequenz der Person (höchstens 12); ohne Messung beginnt er bei ramp_from_bpm.</translation>
    </message>
    <message>
        <source>Seconds per count: the tempo of the beats.</source>
        <translation>Sekunden pro Zählzeit: das Tempo des Zählens.</translation>
    </message>
    <message>
        <source>Repetitions added per progression level (CONTENT.md: at most 1-2).</source>
        <translation>Wiederholungen, die pro Steigerungsstufe dazukommen (CONTENT.md: höchstens 1-2).</translation>
    </message>
    <message>
        <source>Paced breathing</source>
        <translation>Geführtes Atmen</translation>
    </message>
    <message>
        <source>Muscle group (PMR)</source>
        <translation>Muskelgruppe (PMR)</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Sanfte Bewegung</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Gesprochener Text</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Ruhige Zeit</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>Journal prompt</source>
        <translation>Tagebuch-Impuls</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Body-scan area</source>
        <translation>Body-Scan-Bereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold in</source>
        <translation>Anhalten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>Anhalten nach dem Ausatmen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Ramp from</source>
        <translation>Startfrequenz</translation>
    </message>
    <message>
        <source>Ramp bpm per min</source>
        <translation>Änderung pro Minute</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Zusätzliches Einatmen</translation>
    </message>
    <message>
        <source>Adjustable</source>
        <translation>Anpassbar</translation>
    </message>
    <message>
        <source>Ramp from natural</source>
        <translation>Ab natürlicher Frequenz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Körperteile</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Rapid</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Nachspüren</translation>
    </message>
    <message>
        <source>Release only</source>
        <translation>Nur loslassen</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Cue controlled</source>
        <translation>Mit Stichwort</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugte Haltung</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählzeit</translation>
    </message>
    <message>
        <source>Progress reps</source>
        <translation>Steigerung um</translation>
    </message>
    <message>
        <source>Max reps</source>
        <translation>Höchstens Wiederholungen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Im Liegen</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Pause after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Augen offen</translation>
    </message>
    <message>
        <source>Pmr modes</source>
        <translation>PMR-Varianten</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Schreibimpuls</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Geräusche</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanfte Fassung</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Verweilen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>Estimated minutes</source>
        <translation>Geschätzte Minuten</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>dominant</source>
        <translation>dominant</translation>
    </message>
    <message>
        <source>non-dominant</source>
        <translation>nicht dominant</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>tension-release</source>
        <translation>anspannen und loslassen</translation>
    </message>
    <message>
        <source>release-only</source>
        <translation>nur loslassen</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>erinnern</translation>
    </message>
    <message>
        <source>cue-controlled</source>
        <translation>mit Stichwort</translation>
    </message>
    <message>
        <source>rapid</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>liegend</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>each</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>during</source>
        <translation>währenddessen</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>pmr</source>
        <translation>PMR</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>body-scan</source>
        <translation>Body-Scan</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>breaths per minute</source>
        <translation>Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>breaths per minute per minute</source>
        <translation>Atemzüge pro Minute je Minute</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Zählzeiten</translation>
    </message>
    <message>
        <source>picture frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>{low} to {high} {unit}</source>
        <translation>{low} bis {high} {unit}</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Allowed: {limits}.</source>
        <translation>Möglich: {limits}.</translation>
    </message>
    <message>
        <source>Pick a step to edit it, or add one.</source>
        <translation>Wähle einen Schritt zum Bearbeiten aus oder füge einen hinzu.</translation>
    </message>
    <message>
        <source>Step {number}: {kind}</source>
        <translation>Schritt {number}: {kind}</translation>
    </message>
</context>
<context>
    <name>editor.step_list</name>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} a minute</source>
        <translation>{rate} pro Minute</translation>
    </message>
    <message>
        <source>in {inhale} s, out {exhale} s</source>
        <translation>ein {inhale} s, aus {exhale} s</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>breath, feet, hands or sounds</source>
        <translation>Atem, Füße, Hände oder Geräusche</translation>
    </message>
    <message>
        <source>This step needs attention: see the form.</source>
        <translation>Dieser Schritt braucht noch etwas: Sieh im Formular nach.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down. Delete removes a step.</source>
        <translation>Ziehe zum Umsortieren oder nutze Alt+↑ / Alt+↓. Entf entfernt einen Schritt.</translation>
    </message>
</context>
<context>
    <name>editor.window</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved yet. Save them first?</source>
        <translation>Diese Routine hat Änderungen, die noch nicht gespeichert sind. Möchtest du sie zuerst speichern?</translation>
    </message>
    <message>
        <source>Breath holds: offered only after the breath-hold questions</source>
        <translation>Atem anhalten: wird nur nach den Fragen zum Atemanhalten angeboten</translation>
    </message>
    <message>
        <source>Standing steps: need support nearby (a counter or chair)</source>
        <translation>Schritte im Stehen: brauchen eine Stütze in der Nähe (eine Arbeitsfläche oder einen Stuhl)</translation>
    </message>
    <message>
        <source>Tensing: muscle groups are tensed gently unless marked release-only</source>
        <translation>Anspannen: Muskelgruppen werden sanft angespannt, außer sie sind als „nur loslassen“ markiert</translation>
    </message>
    <message>
        <source>Long session: {minutes} minutes or more</source>
        <translation>Lange Sitzung: {minutes} Minuten oder mehr</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate built-in…</source>
        <translation>Mitgelieferte duplizieren…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Schritt abspielen</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Ab hier abspielen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Gewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Gewählten Schritt nach oben verschieben (Alt+↑)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Gewählten Schritt nach unten verschieben (Alt+↓)</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Angaben zur Routine</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Probleme, die vor dem Speichern zu klären sind</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>To fix before saving</source>
        <translation>Vor dem Speichern zu klären</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Duplicate a built-in routine</source>
        <translation>Eine mitgelieferte Routine duplizieren</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <source>Replace routine?</source>
        <translation>Routine ersetzen?</translation>
    </message>
    <message>
        <source>A routine file with this id already exists:
{path}
Replace it?</source>
        <translation>Es gibt schon eine Routinedatei mit dieser ID:
{path}
Möchtest du sie ersetzen?</translation>
    </message>
    <message>
        <source>Change exercise</source>
        <translation>Übung ändern</translation>
    </message>
    <message>
        <source>Total length {length}</source>
        <translation>Gesamtdauer {length}</translation>
    </message>
    <message>
        <source>Total length: fix the problems to see it</source>
        <translation>Gesamtdauer: sichtbar, sobald die Probleme geklärt sind</translation>
    </message>
    <message>
        <source>No breath holds, standing, tensing or long sessions.</source>
        <translation>Kein Atemanhalten, kein Stehen, kein Anspannen und keine lange Sitzung.</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Schritt {number}: {problem}</translation>
    </message>
    <message>
        <source>Nothing: the routine can be saved.</source>
        <translation>Nichts: Die Routine kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Routine ohne Titel</translation>
    </message>
    <message>
        <source>{title}{mark} — Routine editor</source>
        <translation>{title}{mark} — Routinen-Editor</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The routine has problems to fix first (listed under &apos;To fix before saving&apos;):
{problem}</source>
        <translation>Die Routine hat noch Probleme, die zuerst zu klären sind (aufgeführt unter „Vor dem Speichern zu klären“):
{problem}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in routine; give this one its own id under Routine details.</source>
        <translation>„{id}“ ist die ID einer mitgelieferten Routine; gib dieser unter „Angaben zur Routine“ eine eigene ID.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The routine could not be written: {reason}</source>
        <translation>Die Routine konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot preview yet</source>
        <translation>Vorschau noch nicht möglich</translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation>Kläre zuerst die aufgeführten Probleme.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV table (for spreadsheets)</source>
        <translation>CSV-Tabelle (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
    <message>
        <source>PDF report (for your clinician)</source>
        <translation>PDF-Bericht (für deine Ärztin oder deinen Arzt)</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-Dateien</translation>
    </message>
    <message>
        <source>FHIR R4 file (for health record systems)</source>
        <translation>FHIR-R4-Datei (für elektronische Patientenakten)</translation>
    </message>
    <message>
        <source>FHIR JSON</source>
        <translation>FHIR-JSON</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>something went wrong ({error})</source>
        <translation>etwas ist schiefgelaufen ({error})</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Deinen Verlauf exportieren</translation>
    </message>
    <message>
        <source>Your history stays on this computer. An export writes a copy to a file you choose, to keep or to share with your care team.</source>
        <translation>Dein Verlauf bleibt auf diesem Computer. Beim Exportieren landet eine Kopie in einer Datei deiner Wahl – zum Aufbewahren oder zum Teilen mit den Fachleuten, die dich begleiten.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Include &amp;journal entries</source>
        <translation>&amp;Tagebucheinträge einschließen</translation>
    </message>
    <message>
        <source>Journal entries are private notes. Include them only if you want whoever reads the file to see them.</source>
        <translation>Tagebucheinträge sind private Notizen. Nimm sie nur mit auf, wenn alle, die die Datei lesen, sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the saved file</source>
        <translation>Zeigt den Ordner der gespeicherten Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Choose a file and export</source>
        <translation>Datei wählen und exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the date fields: d day, MMM month, yyyy year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>The first day is after the last day. Choose the dates again.</source>
        <translation>Der erste Tag liegt nach dem letzten. Wähle den Zeitraum bitte neu.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export nach {path} läuft …</translation>
    </message>
    <message>
        <source>Saved to {path} ({summary}).</source>
        <translation>Gespeichert unter {path} ({summary}).</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Es wurde nichts gespeichert. {reason}</translation>
    </message>
    <message>
        <source>The FHIR file holds pain ratings only, never journal entries</source>
        <translation>Die FHIR-Datei enthält nur Schmerzwerte, nie Tagebucheinträge</translation>
    </message>
    <message>
        <source>Add your journal entries to the file</source>
        <translation>Deine Tagebucheinträge in die Datei aufnehmen</translation>
    </message>
    <message>
        <source>Please wait: the export is still being written.</source>
        <translation>Einen Moment bitte: Der Export wird noch geschrieben.</translation>
    </message>
</context>
<context>
    <name>first_run_dialog</name>
    <message>
        <source>I have read this and want to continue</source>
        <translation>Ich habe das gelesen und möchte weitermachen</translation>
    </message>
</context>
<context>
    <name>history_charts</name>
    <message>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>dots joined by a line</source>
        <translation>durch eine Linie verbundene Punkte</translation>
    </message>
    <message>
        <source>hollow circles</source>
        <translation>leere Kreise</translation>
    </message>
    <message>
        <source>filled squares</source>
        <translation>gefüllte Quadrate</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Point at the chart, or select it and use the arrow keys, to read exact values.</source>
        <translation>Zeig auf das Diagramm oder wähle es aus und nutze die Pfeiltasten, um die genauen Werte zu lesen.</translation>
    </message>
    <message>
        <source>{subject}: value at the pointer</source>
        <translation>{subject}: Wert am Mauszeiger</translation>
    </message>
    <message>
        <source>{shape}: {series}</source>
        <translation>{shape}: {series}</translation>
    </message>
    <message>
        <source>Legend: {items}</source>
        <translation>Legende: {items}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{series} ({shape})</source>
        <translation>{series} ({shape})</translation>
    </message>
    <message>
        <source>Shows {series}.</source>
        <translation>Zeigt: {series}.</translation>
    </message>
    <message>
        <source>Latest: {values}.</source>
        <translation>Zuletzt: {values}.</translation>
    </message>
    <message>
        <source>The same numbers are in a table: use the “{button}” button above the chart.</source>
        <translation>Dieselben Zahlen gibt es auch als Tabelle: Nutze die Schaltfläche „{button}“ über dem Diagramm.</translation>
    </message>
    <message numerus="yes">
        <source>{span}: %n entry(ies).</source>
        <translation>
            <numerusform>{span}: %n Eintrag.</numerusform>
            <numerusform>{span}: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>{subject}, table</source>
        <translation>{subject}, Tabelle</translation>
    </message>
</context>
<context>
    <name>history_filters</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the date fields: d day, MMM month, yyyy year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which days to show</source>
        <translation>Welche Tage angezeigt werden</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Show only sessions of one kind of practice</source>
        <translation>Nur Einheiten einer Übungsart anzeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the two dates: From [date] to [date]</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
</context>
<context>
    <name>history_maps</name>
    <message numerus="yes">
        <source>Average rating of each area over %n body map(s) (an area not rated in a map counts as 0).</source>
        <translation>
            <numerusform>Durchschnittswert jedes Bereichs über %n Körperkarte (ein Bereich, der in einer Karte nicht bewertet ist, zählt als 0).</numerusform>
            <numerusform>Durchschnittswert jedes Bereichs über %n Körperkarten (ein Bereich, der in einer Karte nicht bewertet ist, zählt als 0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average rating of each area in the body maps before and after practice, over the %n session(s) in this period with a map at both times.</source>
        <translation>
            <numerusform>Durchschnittswert jedes Bereichs in den Körperkarten vor und nach dem Üben, über %n Einheit in diesem Zeitraum mit einer Karte zu beiden Zeitpunkten.</numerusform>
            <numerusform>Durchschnittswert jedes Bereichs in den Körperkarten vor und nach dem Üben, über die %n Einheiten in diesem Zeitraum mit einer Karte zu beiden Zeitpunkten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{map}. Point at an area to read its name and value.</source>
        <translation>{map}. Zeige auf einen Bereich, um Namen und Wert zu lesen.</translation>
    </message>
    <message>
        <source>Sides shown</source>
        <translation>Angezeigte Seiten</translation>
    </message>
    <message>
        <source>Show the front and back of the figure, or one side larger</source>
        <translation>Vorder- und Rückseite der Figur zeigen oder eine Seite größer</translation>
    </message>
    <message>
        <source>Front and back</source>
        <translation>Vorne und hinten</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>on average about the same after</source>
        <translation>im Durchschnitt danach etwa gleich</translation>
    </message>
    <message>
        <source>on average {points} point lower after</source>
        <translation>im Durchschnitt danach {points} Punkt niedriger</translation>
    </message>
    <message>
        <source>on average {points} points lower after</source>
        <translation>im Durchschnitt danach {points} Punkte niedriger</translation>
    </message>
    <message>
        <source>on average {points} point higher after</source>
        <translation>im Durchschnitt danach {points} Punkt höher</translation>
    </message>
    <message>
        <source>on average {points} points higher after</source>
        <translation>im Durchschnitt danach {points} Punkte höher</translation>
    </message>
    <message>
        <source>{practice}: on average your pain rating was about the same after practice as before ({sessions}).</source>
        <translation>{practice}: Im Durchschnitt war dein Schmerzwert nach dem Üben etwa so wie vorher ({sessions}).</translation>
    </message>
    <message>
        <source>{practice}: on average your pain rating was {points} points lower after practice than before ({sessions}).</source>
        <translation>{practice}: Im Durchschnitt war dein Schmerzwert nach dem Üben {points} Punkte niedriger als vorher ({sessions}).</translation>
    </message>
    <message>
        <source>{practice}: on average your pain rating was {points} points higher after practice than before ({sessions}).</source>
        <translation>{practice}: Im Durchschnitt war dein Schmerzwert nach dem Üben {points} Punkte höher als vorher ({sessions}).</translation>
    </message>
    <message>
        <source>{subject}, table</source>
        <translation>{subject}, Tabelle</translation>
    </message>
    <message>
        <source>Body map of the period</source>
        <translation>Körperkarte des Zeitraums</translation>
    </message>
    <message>
        <source>Body map shows</source>
        <translation>Die Körperkarte zeigt</translation>
    </message>
    <message>
        <source>Show the average rating of each area over the period, or the most recent body map</source>
        <translation>Den Durchschnittswert jedes Bereichs im Zeitraum zeigen oder die neueste Körperkarte</translation>
    </message>
    <message>
        <source>Average over the period</source>
        <translation>Durchschnitt im Zeitraum</translation>
    </message>
    <message>
        <source>Most recent body map</source>
        <translation>Neueste Körperkarte</translation>
    </message>
    <message>
        <source>Where it hurt in this period</source>
        <translation>Wo es in diesem Zeitraum wehgetan hat</translation>
    </message>
    <message>
        <source>the body map</source>
        <translation>die Körperkarte</translation>
    </message>
    <message>
        <source>No body maps in this period.</source>
        <translation>Keine Körperkarten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The most recent body map in this period, {when}.</source>
        <translation>Die neueste Körperkarte in diesem Zeitraum, vom {when}.</translation>
    </message>
    <message>
        <source>It had no areas rated above 0.</source>
        <translation>Darin war kein Bereich über 0 bewertet.</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Durchschnittswert</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Average body map before practice</source>
        <translation>Durchschnittliche Körperkarte vor dem Üben</translation>
    </message>
    <message>
        <source>Average body map after practice</source>
        <translation>Durchschnittliche Körperkarte nach dem Üben</translation>
    </message>
    <message>
        <source>Before practice</source>
        <translation>Vor dem Üben</translation>
    </message>
    <message>
        <source>After practice</source>
        <translation>Nach dem Üben</translation>
    </message>
    <message>
        <source>Before and after practice</source>
        <translation>Vor und nach dem Üben</translation>
    </message>
    <message>
        <source>the before and after maps</source>
        <translation>die Karten von vorher und nachher</translation>
    </message>
    <message>
        <source>No sessions with a body map both before and after in this period.</source>
        <translation>Keine Einheiten mit Körperkarte vorher und nachher in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>After minus before</source>
        <translation>Nachher minus vorher</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Pain rating</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>Tension rating</source>
        <translation>Anspannungswert</translation>
    </message>
    <message>
        <source>How your ratings changed from the check-in before a session to the check-in after it, on average, for sessions with both. This describes your own records; many things in a day play a part.</source>
        <translation>Wie sich deine Werte im Durchschnitt vom Check-in vor einer Einheit zum Check-in danach verändert haben, bei Einheiten mit beiden. Das beschreibt deine eigenen Aufzeichnungen; an einem Tag spielen viele Dinge mit.</translation>
    </message>
    <message>
        <source>No sessions with a pain rating both before and after in this period.</source>
        <translation>Keine Einheiten mit Schmerzwert vorher und nachher in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Was dir zu helfen scheint</translation>
    </message>
    <message>
        <source>By routine</source>
        <translation>Nach Übung</translation>
    </message>
    <message>
        <source>What seems to help, by routine</source>
        <translation>Was dir zu helfen scheint, nach Übung</translation>
    </message>
    <message>
        <source>Average change by routine</source>
        <translation>Durchschnittliche Veränderung nach Übung</translation>
    </message>
    <message>
        <source>By kind of practice</source>
        <translation>Nach Übungsart</translation>
    </message>
    <message>
        <source>What seems to help, by kind of practice</source>
        <translation>Was dir zu helfen scheint, nach Übungsart</translation>
    </message>
    <message>
        <source>Average change by kind of practice</source>
        <translation>Durchschnittliche Veränderung nach Übungsart</translation>
    </message>
</context>
<context>
    <name>history_series</name>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Muskelentspannung</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Sanfte Bewegung</translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation>Body-Scan</translation>
    </message>
    <message>
        <source>Mixed practice</source>
        <translation>Gemischte Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painful area(s) of {total}</source>
        <translation>
            <numerusform>%n schmerzender Bereich von {total}</numerusform>
            <numerusform>%n schmerzende Bereiche von {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of a day in tables and hover texts: ddd weekday, d day, MMM month, yyyy year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time} Uhr</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <source>{first} to {last}: {sessions}, {checkins}.</source>
        <translation>{first} bis {last}: {sessions}, {checkins}.</translation>
    </message>
    <message>
        <source>Only “{kind}” sessions and their check-ins are shown; stand-alone check-ins are left out.</source>
        <translation>Angezeigt werden nur Einheiten der Art „{kind}“ und ihre Check-ins; einzelne Check-ins ohne Übung bleiben außen vor.</translation>
    </message>
    <message>
        <source>Your 7-day average pain moved from {previous} to {current} ({points} points).</source>
        <translation>Dein 7-Tage-Durchschnitt beim Schmerz hat sich von {previous} auf {current} verändert ({points} Punkte).</translation>
    </message>
    <message>
        <source>Your 7-day average pain moved from {previous} to {current} ({points} points, {percent}%).</source>
        <translation>Dein 7-Tage-Durchschnitt beim Schmerz hat sich von {previous} auf {current} verändert ({points} Punkte, {percent} %).</translation>
    </message>
    <message>
        <source>Your 7-day average tension moved from {previous} to {current} ({points} points).</source>
        <translation>Dein 7-Tage-Durchschnitt bei der Anspannung hat sich von {previous} auf {current} verändert ({points} Punkte).</translation>
    </message>
    <message>
        <source>Your 7-day average tension moved from {previous} to {current} ({points} points, {percent}%).</source>
        <translation>Dein 7-Tage-Durchschnitt bei der Anspannung hat sich von {previous} auf {current} verändert ({points} Punkte, {percent} %).</translation>
    </message>
    <message>
        <source>pain {value} (average of the day)</source>
        <translation>Schmerz {value} (Tagesdurchschnitt)</translation>
    </message>
    <message>
        <source>no pain rating</source>
        <translation>kein Schmerzwert</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Schmerz (0 bis 10)</translation>
    </message>
    <message>
        <source>tension {value} (average of the day)</source>
        <translation>Anspannung {value} (Tagesdurchschnitt)</translation>
    </message>
    <message>
        <source>no tension rating</source>
        <translation>kein Anspannungswert</translation>
    </message>
    <message>
        <source>Tension (0 to 10)</source>
        <translation>Anspannung (0 bis 10)</translation>
    </message>
    <message>
        <source>7-day average {value}</source>
        <translation>7-Tage-Durchschnitt {value}</translation>
    </message>
    <message>
        <source>Average of the day</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>after not rated</source>
        <translation>nachher nicht bewertet</translation>
    </message>
    <message>
        <source>before not rated</source>
        <translation>vorher nicht bewertet</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} Punkte</translation>
    </message>
    <message>
        <source>{points} points, {percent}%</source>
        <translation>{points} Punkte, {percent} %</translation>
    </message>
    <message>
        <source>pain {before} before, {after} after ({change})</source>
        <translation>Schmerz {before} vorher, {after} nachher ({change})</translation>
    </message>
    <message>
        <source>pain {before} before, after not rated</source>
        <translation>Schmerz {before} vorher, nachher nicht bewertet</translation>
    </message>
    <message>
        <source>pain {after} after, before not rated</source>
        <translation>Schmerz {after} nachher, vorher nicht bewertet</translation>
    </message>
    <message>
        <source>Before practice</source>
        <translation>Vor dem Üben</translation>
    </message>
    <message>
        <source>After practice</source>
        <translation>Nach dem Üben</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>PEG-3 score {score} (average pain {pain}, interference with enjoyment of life {enjoyment}, with general activity {activity})</source>
        <translation>PEG-3-Wert {score} (durchschnittlicher Schmerz {pain}, Beeinträchtigung der Lebensfreude {enjoyment}, der allgemeinen Aktivität {activity})</translation>
    </message>
    <message>
        <source>PEG-3 score</source>
        <translation>PEG-3-Wert</translation>
    </message>
    <message>
        <source>Score (0 to 10)</source>
        <translation>Wert (0 bis 10)</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Durchschnittlicher Schmerz</translation>
    </message>
    <message>
        <source>Enjoyment of life</source>
        <translation>Lebensfreude</translation>
    </message>
    <message>
        <source>General activity</source>
        <translation>Allgemeine Aktivität</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Painful areas</source>
        <translation>Schmerzende Bereiche</translation>
    </message>
    <message>
        <source>Areas (of {total})</source>
        <translation>Bereiche (von {total})</translation>
    </message>
    <message>
        <source>{area} {rating} of 10</source>
        <translation>{area}: {rating} von 10</translation>
    </message>
    <message>
        <source>Rating (0 to 10)</source>
        <translation>Wert (0 bis 10)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message>
        <source>{minutes} of practice, {sessions}</source>
        <translation>{minutes} geübt, {sessions}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Einheiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{sessions} in this period, {minutes} of practice in all.</source>
        <translation>{sessions} in diesem Zeitraum, insgesamt {minutes} geübt.</translation>
    </message>
    <message>
        <source>Most often: {practice} ({sessions}).</source>
        <translation>Am häufigsten: {practice} ({sessions}).</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Was dir zu helfen scheint</translation>
    </message>
    <message>
        <source>No check-ins yet. Your history appears here after your first practice or check-in.</source>
        <translation>Noch keine Check-ins. Dein Verlauf erscheint hier nach deiner ersten Übung oder deinem ersten Check-in.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Choose the body area whose ratings to show</source>
        <translation>Wähle den Körperbereich, dessen Werte angezeigt werden</translation>
    </message>
    <message>
        <source>Back to library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Go back to the routines (Esc)</source>
        <translation>Zurück zu den Übungen (Esc)</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Dein Verlauf</translation>
    </message>
    <message>
        <source>Demo data: this history was made up by the app for demonstration; it describes no real person.</source>
        <translation>Demodaten: Diesen Verlauf hat die App zur Vorführung erfunden; er beschreibt keine echte Person.</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Was angezeigt wird</translation>
    </message>
    <message>
        <source>History sections</source>
        <translation>Bereiche des Verlaufs</translation>
    </message>
    <message>
        <source>Pain over time, body map, practice, what seems to help</source>
        <translation>Schmerz im Verlauf, Körperkarte, Übung, was dir zu helfen scheint</translation>
    </message>
    <message>
        <source>Pain each day</source>
        <translation>Schmerz pro Tag</translation>
    </message>
    <message>
        <source>daily pain</source>
        <translation>Schmerz pro Tag</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Einheit</translation>
    </message>
    <message>
        <source>session pain</source>
        <translation>Schmerz pro Einheit</translation>
    </message>
    <message>
        <source>Tension or stress each day</source>
        <translation>Anspannung oder Stress pro Tag</translation>
    </message>
    <message>
        <source>daily tension</source>
        <translation>Anspannung pro Tag</translation>
    </message>
    <message>
        <source>Weekly PEG-3 score</source>
        <translation>Wöchentlicher PEG-3-Wert</translation>
    </message>
    <message>
        <source>weekly PEG-3 scores</source>
        <translation>wöchentliche PEG-3-Werte</translation>
    </message>
    <message>
        <source>No pain ratings in this period.</source>
        <translation>Keine Schmerzwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No sessions with a pain rating in this period.</source>
        <translation>Keine Einheiten mit Schmerzwert in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No tension ratings in this period.</source>
        <translation>Keine Anspannungswerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No weekly PEG-3 answers in this period.</source>
        <translation>Keine wöchentlichen PEG-3-Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Number of painful areas</source>
        <translation>Anzahl schmerzender Bereiche</translation>
    </message>
    <message>
        <source>number of painful areas</source>
        <translation>Anzahl schmerzender Bereiche</translation>
    </message>
    <message>
        <source>One area over time</source>
        <translation>Ein Bereich im Verlauf</translation>
    </message>
    <message>
        <source>ratings of one area</source>
        <translation>Werte eines Bereichs</translation>
    </message>
    <message>
        <source>No body maps in this period.</source>
        <translation>Keine Körperkarten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No area was rated above 0 in this period.</source>
        <translation>Kein Bereich wurde in diesem Zeitraum über 0 bewertet.</translation>
    </message>
    <message>
        <source>Minutes of practice each week</source>
        <translation>Übungsminuten pro Woche</translation>
    </message>
    <message>
        <source>minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>No finished sessions in this period.</source>
        <translation>Keine beendeten Einheiten in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>history_widgets</name>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format of a month tick: MMM month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>Qt date format of a month tick</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of a day tick: d day, MMM month</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date format of a day tick</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{name}: the same numbers as the chart</source>
        <translation>{name}: dieselben Zahlen wie im Diagramm</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show {subject} as a table</source>
        <translation>Als Tabelle zeigen: {subject}</translation>
    </message>
    <message>
        <source>Show {subject} as a table of the same numbers, or as a picture again</source>
        <translation>Zeigt {subject} als Tabelle mit denselben Zahlen oder wieder als Bild</translation>
    </message>
</context>
<context>
    <name>journal_dialog</name>
    <message>
        <source>What do you notice in your body right now?</source>
        <translation>Was nimmst du gerade in deinem Körper wahr?</translation>
    </message>
    <message>
        <source>Your words stay on this computer. Ctrl+Enter saves.</source>
        <translation>Deine Worte bleiben auf diesem Computer. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>Choose Save to keep what you wrote, or Skip to let it go.</source>
        <translation>Wähle „Speichern“, um das Geschriebene zu behalten, oder „Überspringen“, um es loszulassen.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Your journal entry</source>
        <translation>Dein Tagebucheintrag</translation>
    </message>
    <message>
        <source>Write as much or as little as you like</source>
        <translation>Schreib so viel oder so wenig, wie du möchtest</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Diesen Eintrag speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>ketamine_dialog</name>
    <message>
        <source>For the next 24 hours, or until you have slept, the app keeps to lying and seated practice, without breath holds or muscle tensing. Please do not drive today, and follow your clinic&apos;s advice.</source>
        <translation>In den nächsten 24 Stunden, oder bis du geschlafen hast, bietet die App nur Übungen im Liegen und im Sitzen an, ohne Atem anzuhalten und ohne Muskeln anzuspannen. Bitte fahr heute nicht Auto und folge den Empfehlungen deiner Klinik.</translation>
    </message>
    <message>
        <source>Log a ketamine-assisted session</source>
        <translation>Ketamingestützte Sitzung eintragen</translation>
    </message>
    <message>
        <source>When did your session start? The app then suggests lighter practice for the next few days.</source>
        <translation>Wann hat deine Sitzung begonnen? Die App schlägt dir dann für die nächsten Tage leichtere Übungen vor.</translation>
    </message>
    <message>
        <source>Date and time the session started</source>
        <translation>Datum und Uhrzeit, zu der die Sitzung begann</translation>
    </message>
    <message>
        <source>Date and time the session started (not in the future)</source>
        <translation>Datum und Uhrzeit, zu der die Sitzung begann (nicht in der Zukunft)</translation>
    </message>
    <message>
        <source>Optional, e.g. session 3 of 6</source>
        <translation>Freiwillig, z. B. Sitzung 3 von 6</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>An optional short note; it stays on this computer</source>
        <translation>Eine kurze, freiwillige Notiz; sie bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this session time</source>
        <translation>Zeitpunkt dieser Sitzung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>library_page</name>
    <message>
        <source>Choose a routine to see what it involves.</source>
        <translation>Wähle eine Übung, um zu sehen, was dazugehört.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Diese Übung starten</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Diese Übung starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Sitzung</translation>
    </message>
    <message>
        <source>How long this session lasts</source>
        <translation>Wie lange diese Sitzung dauert</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Adapted for today: {reasons}</source>
        <translation>Für heute angepasst: {reasons}</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Deine Übung</translation>
    </message>
    <message>
        <source>Position: {positions}</source>
        <translation>Position: {positions}</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>Was dazugehört</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachte</translation>
    </message>
    <message>
        <source>Not offered today: {reasons}</source>
        <translation>Heute nicht angeboten: {reasons}</translation>
    </message>
    <message>
        <source>Quiet rest</source>
        <translation>Stille Pause</translation>
    </message>
    <message>
        <source>Journal prompt</source>
        <translation>Impuls fürs Tagebuch</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Art der Übung</translation>
    </message>
    <message>
        <source>Show only one kind of practice</source>
        <translation>Nur eine Art von Übung zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Show only routines you can do in this position</source>
        <translation>Nur Übungen zeigen, die du in dieser Position machen kannst</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Jede Position</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Liegend</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Übungen werden geladen…</translation>
    </message>
    <message>
        <source>Routines could not be loaded: {error}</source>
        <translation>Die Übungen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>No routine matches “{query}”.</source>
        <translation>Keine Übung passt zu „{query}“.</translation>
    </message>
    <message>
        <source>No routines found. Routine files you add will appear here.</source>
        <translation>Keine Übungen gefunden. Übungsdateien, die du hinzufügst, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Opening your library…</source>
        <translation>Deine Bibliothek wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>movement_picture</name>
    <message>
        <source>Repetition {rep} of {reps}, right side</source>
        <translation>Wiederholung {rep} von {reps}, rechte Seite</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}, left side</source>
        <translation>Wiederholung {rep} von {reps}, linke Seite</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}, {side} side</source>
        <translation>Wiederholung {rep} von {reps}, Seite: {side}</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Movement picture</source>
        <translation>Bild der Bewegung</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>the whole movement</source>
        <translation>die ganze Bewegung</translation>
    </message>
    <message>
        <source>picture {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>Stop rules (paused)</source>
        <translation>Wann du aufhörst (pausiert)</translation>
    </message>
    <message>
        <source>Resume when you feel ready, or end the session here.</source>
        <translation>Mach weiter, wenn du so weit bist, oder beende die Sitzung hier.</translation>
    </message>
</context>
<context>
    <name>pacer_view</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message numerus="yes">
        <source>{phase}, %n second(s) left</source>
        <translation>
            <numerusform>{phase}, noch %n Sekunde</numerusform>
            <numerusform>{phase}, noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemanzeige</translation>
    </message>
</context>
<context>
    <name>package_dialogs</name>
    <message>
        <source>This file was not imported</source>
        <translation>Diese Datei wurde nicht importiert</translation>
    </message>
    <message>
        <source>Somatic Player routines ({pattern})</source>
        <translation>Somatic-Player-Routinen ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Exporting the routine…</source>
        <translation>Die Routine wird exportiert…</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Etwas ist schiefgegangen ({error}).</translation>
    </message>
    <message>
        <source>Saved “{title}” to {path}.</source>
        <translation>„{title}“ wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Routine exportiert</translation>
    </message>
    <message>
        <source>On another computer, open it in Somatic Player with Import routine, or drop the file on its window.</source>
        <translation>Öffne sie auf einem anderen Computer in Somatic Player mit „Routine importieren“ oder ziehe die Datei auf das Fenster.</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Routine nicht exportiert</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“{name}” was not added to your library, and nothing from it was kept.</source>
        <translation>„{name}“ wurde nicht zu deiner Bibliothek hinzugefügt, und nichts daraus wurde behalten.</translation>
    </message>
    <message>
        <source>If you expected this file to work, ask whoever sent it for a new copy.</source>
        <translation>Wenn du erwartet hast, dass diese Datei funktioniert, bitte die Person, die sie dir geschickt hat, um eine neue Kopie.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <source>The file could not be checked ({error}).</source>
        <translation>Die Datei konnte nicht geprüft werden ({error}).</translation>
    </message>
    <message>
        <source>Adding “{title}”…</source>
        <translation>„{title}“ wird hinzugefügt…</translation>
    </message>
    <message>
        <source>The routine could not be added ({error}).</source>
        <translation>Die Routine konnte nicht hinzugefügt werden ({error}).</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importiert</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Routine nicht importiert</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>Deine Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>It is in your library now.</source>
        <translation>Sie ist jetzt in deiner Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>Saved “{title}” with its %n recording(s) to {path}.</source>
        <translation>
            <numerusform>„{title}“ wurde mit %n Aufnahme in {path} gespeichert.</numerusform>
            <numerusform>„{title}“ wurde mit ihren %n Aufnahmen in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is in your library now with %n recording(s).</source>
        <translation>
            <numerusform>Sie ist jetzt in deiner Bibliothek, mit %n Aufnahme.</numerusform>
            <numerusform>Sie ist jetzt in deiner Bibliothek, mit %n Aufnahmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its id is “{id}” (the file called it “{old_id}”).</source>
        <translation>Ihre ID ist „{id}“ (in der Datei hieß sie „{old_id}“).</translation>
    </message>
    <message>
        <source>It replaced your earlier routine with the same id.</source>
        <translation>Sie hat deine frühere Routine mit derselben ID ersetzt.</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>„{title}“ wurde importiert.</translation>
    </message>
    <message>
        <source>This routine is already in your library</source>
        <translation>Diese Routine ist schon in deiner Bibliothek</translation>
    </message>
    <message>
        <source>A built-in routine already uses the id “{id}”</source>
        <translation>Eine mitgelieferte Routine nutzt schon die ID „{id}“</translation>
    </message>
    <message>
        <source>Built-in routines cannot be replaced. To keep both, import “{title}” under a new id.</source>
        <translation>Mitgelieferte Routinen lassen sich nicht ersetzen. Um beide zu behalten, importiere „{title}“ unter einer neuen ID.</translation>
    </message>
    <message>
        <source>You already have a routine with the id “{id}”</source>
        <translation>Du hast schon eine Routine mit der ID „{id}“</translation>
    </message>
    <message>
        <source>Replace it ({file}) with “{title}” from this file, or keep both by importing this one under a new id.</source>
        <translation>Ersetze sie ({file}) durch „{title}“ aus dieser Datei, oder behalte beide, indem du diese unter einer neuen ID importierst.</translation>
    </message>
    <message>
        <source>&amp;New id</source>
        <translation>&amp;Neue ID</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace your routine with the one in this file</source>
        <translation>Deine Routine durch die aus dieser Datei ersetzen</translation>
    </message>
    <message>
        <source>&amp;Import as new id</source>
        <translation>Als neue ID &amp;importieren</translation>
    </message>
    <message>
        <source>Keep both routines</source>
        <translation>Beide Routinen behalten</translation>
    </message>
    <message>
        <source>That id is taken; choose another.</source>
        <translation>Diese ID ist schon vergeben; wähle eine andere.</translation>
    </message>
</context>
<context>
    <name>peg_dialog</name>
    <message numerus="yes">
        <source>%n to go.</source>
        <translation>
            <numerusform>Noch %n.</numerusform>
            <numerusform>Noch %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Deine Woche</translation>
    </message>
    <message>
        <source>Three questions about the past seven days. Choose the number that fits best; there are no right or wrong answers.</source>
        <translation>Drei Fragen zu den letzten sieben Tagen. Wähle die Zahl, die am besten passt; es gibt keine richtigen oder falschen Antworten.</translation>
    </message>
    <message>
        <source>&amp;Pain on average over the past week</source>
        <translation>&amp;Durchschnittliche Schmerzen in der letzten Woche</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>keine Schmerzen</translation>
    </message>
    <message>
        <source>as bad as you can imagine</source>
        <translation>so schlimm, wie du es dir vorstellen kannst</translation>
    </message>
    <message>
        <source>How much pain got in the way of &amp;enjoying life</source>
        <translation>Wie sehr die Schmerzen deine &amp;Freude am Leben beeinträchtigt haben</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>How much pain got in the way of your &amp;general activity</source>
        <translation>Wie sehr die Schmerzen deine &amp;allgemeine Aktivität beeinträchtigt haben</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save your answers</source>
        <translation>Deine Antworten speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Close without answering</source>
        <translation>Ohne Antworten schließen</translation>
    </message>
    <message>
        <source>Score this week: {score} (the mean of the three)</source>
        <translation>Wert dieser Woche: {score} (der Mittelwert der drei)</translation>
    </message>
</context>
<context>
    <name>player_view</name>
    <message>
        <source>Scroll caption</source>
        <translation>Untertitel scrollen</translation>
    </message>
    <message>
        <source>Scroll side panel</source>
        <translation>Seitenleiste scrollen</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>Where to place your attention</source>
        <translation>Wohin deine Aufmerksamkeit geht</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Vergangene Zeit</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Zurück</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorheriger Schritt (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Weiter  ›</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Slower breathing pace (minus key)</source>
        <translation>Langsameres Atemtempo (Minustaste)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Faster breathing pace (plus key)</source>
        <translation>Schnelleres Atemtempo (Plustaste)</translation>
    </message>
    <message>
        <source>Stay at this pace</source>
        <translation>Tempo halten</translation>
    </message>
    <message>
        <source>Stay at this pace: keep the pace you have reached from the next breath on (P)</source>
        <translation>Tempo halten: ab dem nächsten Atemzug beim erreichten Tempo bleiben (P)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Die Sitzung beenden</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Mir ist schwindelig</translation>
    </message>
    <message>
        <source>I feel dizzy: stop the pacer and breathe naturally</source>
        <translation>Mir ist schwindelig: Atemanzeige anhalten und natürlich atmen</translation>
    </message>
    <message>
        <source>Ground me</source>
        <translation>Mich erden</translation>
    </message>
    <message>
        <source>Ground me: stop gently and show grounding guidance</source>
        <translation>Mich erden: sanft anhalten und Hinweise zum Erden zeigen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Show the pacer full screen on another display</source>
        <translation>Die Atemanzeige im Vollbild auf einem anderen Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Back to the routine library</source>
        <translation>Zurück zur Übungsbibliothek</translation>
    </message>
    <message>
        <source>Stop rules</source>
        <translation>Wann aufhören</translation>
    </message>
    <message>
        <source>Stop rules: pause and see when to stop moving (S)</source>
        <translation>Wann aufhören: pausieren und sehen, wann du mit der Bewegung aufhörst (S)</translation>
    </message>
    <message>
        <source>Cue sound</source>
        <translation>Signalton</translation>
    </message>
    <message>
        <source>How breathing cues sound</source>
        <translation>Wie die Atemsignale klingen</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Gesprochene Worte</translation>
    </message>
    <message>
        <source>Bells</source>
        <translation>Glocken</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Signallautstärke</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Stimmlautstärke</translation>
    </message>
    <message>
        <source>Breath tone</source>
        <translation>Atemklang</translation>
    </message>
    <message>
        <source>{name}, 0-100%</source>
        <translation>{name}, 0–100 %</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>{step}: shaded on the body map</source>
        <translation>{step}: auf der Körperkarte schattiert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Staying at {bpm} breaths a minute</source>
        <translation>Bleibt bei {bpm} Atemzügen pro Minute</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Take a moment before you move on.</source>
        <translation>Nimm dir einen Moment, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Silent: captions only (no sound device)</source>
        <translation>Ohne Ton: nur Untertitel (kein Audiogerät)</translation>
    </message>
    <message>
        <source>Sound: {engine}</source>
        <translation>Ton: {engine}</translation>
    </message>
</context>
<context>
    <name>presentation_window</name>
    <message>
        <source>Esc leaves  ·  Space pauses  ·  ← → steps  ·  + − pace</source>
        <translation>Esc beendet  ·  Leertaste pausiert  ·  ← → Schritte  ·  + − Tempo</translation>
    </message>
    <message>
        <source>Somatic Player: presentation</source>
        <translation>Somatic Player: Präsentation</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>recording_panel</name>
    <message>
        <source>The step lasts {seconds} s with this recording.</source>
        <translation>Mit dieser Aufnahme dauert der Schritt {seconds} s.</translation>
    </message>
    <message>
        <source>Fits the line&apos;s window ({window} s).</source>
        <translation>Passt in die vorgesehene Zeit für den Satz ({window} s).</translation>
    </message>
    <message>
        <source>Longer than the line&apos;s window ({window} s) by {extra} s: the step and the routine grow by that much. Shorten the text or re-record.</source>
        <translation>Um {extra} s länger als die vorgesehene Zeit für den Satz ({window} s): Schritt und Routine werden um so viel länger. Kürze den Text oder nimm ihn neu auf.</translation>
    </message>
    <message>
        <source>Your voice for this line</source>
        <translation>Deine Stimme für diesen Satz</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R)</source>
        <translation>Aufnahme starten (Strg+R)</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Listen (Ctrl+P)</source>
        <translation>Aufnahme anhören (Strg+P)</translation>
    </message>
    <message>
        <source>Use this recording</source>
        <translation>Diese Aufnahme verwenden</translation>
    </message>
    <message>
        <source>Save the take and use it for this line</source>
        <translation>Die Aufnahme speichern und für diesen Satz verwenden</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Aufnahme entfernen</translation>
    </message>
    <message>
        <source>Go back to synthesized speech</source>
        <translation>Zurück zur synthetischen Stimme</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>still</translation>
    </message>
    <message>
        <source>No microphone can be used: {reason}</source>
        <translation>Es kann kein Mikrofon verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>No input device was found</source>
        <translation>Es wurde kein Eingabegerät gefunden</translation>
    </message>
    <message>
        <source>Recording… speak the line, then press Stop (Ctrl+R or Esc).</source>
        <translation>Aufnahme läuft… Sprich den Satz und drücke dann Stopp (Strg+R oder Esc).</translation>
    </message>
    <message>
        <source>No voice was heard in that take: check the microphone and try again.</source>
        <translation>In dieser Aufnahme war keine Stimme zu hören: Prüfe das Mikrofon und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>New take: {length} s after trimming ({raw} s recorded), levelled to {loudness} dBFS (peak {peak} dBFS).</source>
        <translation>Neue Aufnahme: {length} s nach dem Zuschneiden ({raw} s aufgenommen), angeglichen auf {loudness} dBFS (Spitze {peak} dBFS).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>Die Aufnahme konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}; this line now plays your recording.</source>
        <translation>Gespeichert als {name}; dieser Satz spielt jetzt deine Aufnahme ab.</translation>
    </message>
    <message>
        <source>This line uses synthesized speech again.</source>
        <translation>Dieser Satz verwendet wieder die synthetische Stimme.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Re-record</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>This line plays the recording {name}.</source>
        <translation>Dieser Satz spielt die Aufnahme {name} ab.</translation>
    </message>
    <message>
        <source>This line uses synthesized speech. Record it in your own voice?</source>
        <translation>Dieser Satz nutzt eine synthetische Stimme. Möchtest du ihn mit deiner eigenen Stimme aufnehmen?</translation>
    </message>
    <message>
        <source>Length {length} s. {fit}</source>
        <translation>Länge {length} s. {fit}</translation>
    </message>
</context>
<context>
    <name>report_charts</name>
    <message>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of a day tick: d day, MMM month</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date format of a day tick</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format of a month tick: MMM month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>Qt date format of a month tick</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>Front (facing you)</source>
        <translation>Vorne (dir zugewandt)</translation>
    </message>
    <message>
        <source>Back (seen from behind)</source>
        <translation>Hinten (von hinten gesehen)</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the person&apos;s right side, a body-map badge</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the person&apos;s left side, a body-map badge</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>0 none</source>
        <comment>the lowest rating on the colour scale</comment>
        <translation>0 keiner</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <comment>the highest rating on the scale</comment>
        <translation>10 stärkster vorstellbarer</translation>
    </message>
</context>
<context>
    <name>report_content</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n vorzeitig beendet</numerusform>
            <numerusform>%n vorzeitig beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ended</source>
        <translation>
            <numerusform>%n nicht beendet</numerusform>
            <numerusform>%n nicht beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n body map(s)</source>
        <translation>
            <numerusform>%n Körperkarte</numerusform>
            <numerusform>%n Körperkarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different region(s)</source>
        <translation>
            <numerusform>%n verschiedene Region</numerusform>
            <numerusform>%n verschiedene Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check(s)</source>
        <translation>
            <numerusform>%n wöchentliche Abfrage</numerusform>
            <numerusform>%n wöchentliche Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no data yet: no practice sessions, check-ins or weekly checks have been recorded.</source>
        <translation>Es gibt noch keine Daten: Es wurden keine Übungseinheiten, Check-ins oder wöchentlichen Abfragen erfasst.</translation>
    </message>
    <message>
        <source>There is no data in this period: no practice sessions, check-ins or weekly checks were recorded from {first} to {last}.</source>
        <translation>In diesem Zeitraum gibt es keine Daten: Vom {first} bis zum {last} wurden keine Übungseinheiten, Check-ins oder wöchentlichen Abfragen erfasst.</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>Generated {date} at {time} by Somatic Player {version}</source>
        <translation>Erstellt am {date} um {time} Uhr mit Somatic Player {version}</translation>
    </message>
    <message>
        <source>All figures are self-reported by the person using the app. Somatic Player is an app for relaxation, stress management and self-tracking; it is not a medical device.</source>
        <translation>Alle Angaben stammen von der Person selbst, die die App nutzt. Somatic Player ist eine App für Entspannung, Stressbewältigung und Selbstbeobachtung; sie ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>Demo data: this history was made up by the app for demonstration; it describes no real person.</source>
        <translation>Demodaten: Diesen Verlauf hat die App zur Vorführung erfunden; er beschreibt keine echte Person.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Noticeable change (7-day averages at least 2 points and 30% apart): {sentence}</source>
        <translation>Merkliche Veränderung (7-Tage-Durchschnitte mindestens 2 Punkte und 30 % auseinander): {sentence}</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>{total} minutes ({hours} h {minutes} min)</source>
        <translation>{total} Minuten ({hours} Std. {minutes} Min.)</translation>
    </message>
    <message>
        <source>; {average} minutes per session on average</source>
        <translation>; im Durchschnitt {average} Minuten pro Einheit</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <source>{answered} ({before} before practice, {after} after, {alone} on their own)</source>
        <translation>{answered} ({before} vor dem Üben, {after} danach, {alone} unabhängig davon)</translation>
    </message>
    <message>
        <source>; {skipped} skipped</source>
        <translation>; {skipped} übersprungen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Pain right now (0-10)</source>
        <translation>Schmerz im Moment (0–10)</translation>
    </message>
    <message>
        <source>mean {mean}, from {low} to {high}, over {checkins}</source>
        <translation>Mittelwert {mean}, von {low} bis {high}, über {checkins}</translation>
    </message>
    <message>
        <source>Pain before and after practice</source>
        <translation>Schmerz vor und nach dem Üben</translation>
    </message>
    <message>
        <source>mean {before} before and {after} after ({sessions} rated both times)</source>
        <translation>Mittelwert {before} vorher und {after} nachher ({sessions} mit Wert zu beiden Zeitpunkten)</translation>
    </message>
    <message>
        <source>Painful regions (of 74)</source>
        <translation>Schmerzregionen (von 74)</translation>
    </message>
    <message>
        <source>{mean} per body map on average, from {low} to {high}, over {maps}; {regions} rated above 0 in the period</source>
        <translation>im Durchschnitt {mean} pro Körperkarte, von {low} bis {high}, über {maps}; {regions} im Zeitraum über 0 bewertet</translation>
    </message>
    <message>
        <source>Latest PEG-3 (0-10)</source>
        <translation>Letzter PEG-3 (0–10)</translation>
    </message>
    <message>
        <source>{score} on {date} (pain {pain}, enjoyment {enjoyment}, activity {activity}); {checks} in the period</source>
        <translation>{score} am {date} (Schmerz {pain}, Lebensfreude {enjoyment}, Aktivität {activity}); {checks} im Zeitraum</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>keiner in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Ketamine-assisted sessions</source>
        <translation>Ketamin-gestützte Sitzungen</translation>
    </message>
    <message>
        <source>{count} logged: {days}</source>
        <translation>{count} erfasst: {days}</translation>
    </message>
    <message>
        <source>Pain before and after practice, by kind of practice</source>
        <translation>Schmerz vor und nach dem Üben, nach Übungsart</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Übungsart</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Mittel vorher</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Mittel nachher</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Mittlere Differenz</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} Punkte</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Practice log</source>
        <translation>Übungsprotokoll</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain and tension are the overall 0-10 ratings of the check-ins before → after the session (– where not given).</source>
        <translation>Schmerz und Anspannung sind die Gesamtwerte (0–10) der Check-ins vor → nach der Einheit (– wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Journal excerpts (included at the person&apos;s request)</source>
        <translation>Auszüge aus dem Tagebuch (auf Wunsch der Person beigefügt)</translation>
    </message>
    <message>
        <source>No journal entries in this period.</source>
        <translation>Keine Tagebucheinträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>These are private notes. They appear here only because the person chose to include them. Entries longer than {limit} characters are shortened.</source>
        <translation>Dies sind private Notizen. Sie erscheinen hier nur, weil die Person sie beifügen wollte. Einträge mit mehr als {limit} Zeichen sind gekürzt.</translation>
    </message>
</context>
<context>
    <name>report_data</name>
    <message>
        <source>Practice and self-tracking summary</source>
        <translation>Zusammenfassung von Übung und Selbstbeobachtung</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>{first} to {last} ({days})</source>
        <translation>{first} bis {last} ({days})</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format of the report&apos;s dates: d day, MMMM month name, yyyy year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the practice log: d day, MMM short month name, yyyy year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>report_figures</name>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>back</source>
        <translation>hinten</translation>
    </message>
    <message numerus="yes">
        <source>Mean over the %n answered body map(s) of the period (0-10; a region not rated on an answered map counts as 0). Sides are the person&apos;s own: on the front view the person&apos;s right is on the left of the page.</source>
        <translation>
            <numerusform>Mittelwert über %n ausgefüllte Körperkarte des Zeitraums (0–10; eine Region, die auf einer ausgefüllten Karte nicht bewertet ist, zählt als 0). Die Seiten sind die der Person: In der Vorderansicht liegt ihre rechte Seite links auf dem Blatt.</numerusform>
            <numerusform>Mittelwert über die %n ausgefüllten Körperkarten des Zeitraums (0–10; eine Region, die auf einer ausgefüllten Karte nicht bewertet ist, zählt als 0). Die Seiten sind die der Person: In der Vorderansicht liegt ihre rechte Seite links auf dem Blatt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean per region over the %n session(s) whose before and after body maps were both answered.</source>
        <translation>
            <numerusform>Mittelwert pro Region über %n Einheit, bei der die Körperkarten vorher und nachher beide ausgefüllt wurden.</numerusform>
            <numerusform>Mittelwert pro Region über %n Einheiten, bei denen die Körperkarten vorher und nachher beide ausgefüllt wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before and after: over the %n session(s) with both maps answered.</source>
        <translation>
            <numerusform>Vorher und nachher: über %n Einheit mit beiden Karten ausgefüllt.</numerusform>
            <numerusform>Vorher und nachher: über %n Einheiten mit beiden Karten ausgefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>ketamine-assisted session</source>
        <translation>Ketamin-gestützte Sitzung</translation>
    </message>
    <message>
        <source>Pain right now</source>
        <translation>Schmerz im Moment</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>all check-ins with an overall rating</source>
        <translation>alle Check-ins mit Gesamtwert</translation>
    </message>
    <message>
        <source>Painful regions per body map</source>
        <translation>Schmerzhafte Regionen pro Körperkarte</translation>
    </message>
    <message>
        <source>regions above 0</source>
        <translation>Regionen über 0</translation>
    </message>
    <message>
        <source>of the 74 body-map regions</source>
        <translation>von den 74 Regionen der Körperkarte</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>4-Wochen-Durchschnitt</translation>
    </message>
    <message>
        <source>each session</source>
        <translation>jede Einheit</translation>
    </message>
    <message>
        <source>monthly means</source>
        <translation>Monatsmittel</translation>
    </message>
    <message>
        <source>weekly means</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <source>Pain before and after practice</source>
        <translation>Schmerz vor und nach dem Üben</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Practice minutes per week</source>
        <translation>Übungsminuten pro Woche</translation>
    </message>
    <message>
        <source>Practice minutes per month</source>
        <translation>Übungsminuten pro Monat</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>stopped sessions included</source>
        <translation>einschließlich vorzeitig beendeter Einheiten</translation>
    </message>
    <message>
        <source>Body map: mean rating per region</source>
        <translation>Körperkarte: Mittelwert pro Region</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Body maps before and after practice</source>
        <translation>Körperkarten vor und nach dem Üben</translation>
    </message>
    <message>
        <source>Before practice</source>
        <translation>Vor dem Üben</translation>
    </message>
    <message>
        <source>After practice</source>
        <translation>Nach dem Üben</translation>
    </message>
    <message>
        <source>Regions with the highest mean rating</source>
        <translation>Regionen mit dem höchsten Mittelwert</translation>
    </message>
    <message>
        <source>Mean and share: over all answered body maps of the period.</source>
        <translation>Mittelwert und Anteil: über alle ausgefüllten Körperkarten des Zeitraums.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Rated above 0 on</source>
        <translation>Über 0 in</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>{percent}% of maps</source>
        <translation>{percent} % der Karten</translation>
    </message>
</context>
<context>
    <name>report_layout</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>the PDF report needs a Qt GUI application; this one has no fonts</source>
        <translation>der PDF-Bericht braucht eine grafische Qt-Anwendung; diese hat keine Schriften</translation>
    </message>
    <message>
        <source>the PDF report must first be started from the main thread</source>
        <translation>der PDF-Bericht muss zuerst aus dem Haupt-Thread gestartet werden</translation>
    </message>
    <message>
        <source>the PDF report could not be started (Qt PDF writer)</source>
        <translation>der PDF-Bericht konnte nicht gestartet werden (PDF-Writer von Qt)</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>routine_list</name>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Muskelentspannung</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Sanfte Bewegung</translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation>Body-Scan</translation>
    </message>
    <message>
        <source>Mixed practice</source>
        <translation>Gemischte Übung</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>liegend</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{positions} or {last}</source>
        <translation>{positions} oder {last}</translation>
    </message>
    <message>
        <source>Needs fixing before it can be played</source>
        <translation>Muss korrigiert werden, bevor sie abgespielt werden kann</translation>
    </message>
</context>
<context>
    <name>screensaver</name>
    <message>
        <source>A practice session is playing</source>
        <translation>Eine Übungssitzung läuft</translation>
    </message>
</context>
<context>
    <name>send_home_dialog</name>
    <message>
        <source>WAV — uncompressed, the largest file</source>
        <translation>WAV — unkomprimiert, die größte Datei</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>FLAC — full quality, smaller than WAV</source>
        <translation>FLAC — volle Qualität, kleiner als WAV</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC-Audio (*.flac)</translation>
    </message>
    <message>
        <source>Ogg Vorbis — small; Android and most players</source>
        <translation>Ogg Vorbis — klein; Android und die meisten Player</translation>
    </message>
    <message>
        <source>Ogg (*.ogg)</source>
        <translation>Ogg (*.ogg)</translation>
    </message>
    <message>
        <source>MP3 — small; plays on almost every phone</source>
        <translation>MP3 — klein; läuft auf fast jedem Handy</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3-Audio (*.mp3)</translation>
    </message>
    <message>
        <source>Preparing spoken guidance: line {done} of {total}…</source>
        <translation>Gesprochene Anleitung wird vorbereitet: Satz {done} von {total}…</translation>
    </message>
    <message>
        <source>Making the audio: {done} of {length}…</source>
        <translation>Audio wird erstellt: {done} von {length}…</translation>
    </message>
    <message>
        <source>The spoken guidance could not be prepared ({reason}). Turn off spoken guidance to save the session with tones only.</source>
        <translation>Die gesprochene Anleitung konnte nicht vorbereitet werden ({reason}). Schalte die gesprochene Anleitung aus, um die Sitzung nur mit Tönen zu speichern.</translation>
    </message>
    <message>
        <source>Somatic Player may not write in {folder}. Choose another folder.</source>
        <translation>Somatic Player darf nicht in {folder} schreiben. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Den Ordner {folder} gibt es nicht. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for {name}.</source>
        <translation>Auf dem Datenträger ist nicht genug Platz für {name}.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Etwas ist schiefgegangen ({error}).</translation>
    </message>
    <message>
        <source>Length: about {length}.</source>
        <translation>Länge: etwa {length}.</translation>
    </message>
    <message>
        <source>Length: {length}.</source>
        <translation>Länge: {length}.</translation>
    </message>
    <message>
        <source>lying down only</source>
        <translation>nur im Liegen</translation>
    </message>
    <message>
        <source>seated or lying</source>
        <translation>im Sitzen oder Liegen</translation>
    </message>
    <message>
        <source>left-handed</source>
        <translation>linkshändig</translation>
    </message>
    <message>
        <source>a flare day</source>
        <translation>ein Tag mit Schmerzschub</translation>
    </message>
    <message numerus="yes">
        <source>%n painful area(s)</source>
        <translation>
            <numerusform>%n schmerzender Bereich</numerusform>
            <numerusform>%n schmerzende Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed</source>
        <translation>
            <numerusform>%n Schritt geändert</numerusform>
            <numerusform>%n Schritte geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adapted for today: {changes}.</source>
        <translation>Für heute angepasst: {changes}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} gibt es schon in {folder}. Möchtest du die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Send home as audio</source>
        <translation>Als Audio mit nach Hause geben</translation>
    </message>
    <message>
        <source>Saves “{title}” as one audio file to play on a phone or any music player, adapted as it is set up for today.</source>
        <translation>Speichert „{title}“ als eine Audiodatei zum Abspielen auf einem Handy oder einem beliebigen Musikplayer, so angepasst, wie es für heute eingestellt ist.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Audiodatei</translation>
    </message>
    <message>
        <source>&amp;Mono (smaller file)</source>
        <translation>&amp;Mono (kleinere Datei)</translation>
    </message>
    <message>
        <source>&amp;Stereo</source>
        <translation>S&amp;tereo</translation>
    </message>
    <message>
        <source>Include spoken &amp;guidance</source>
        <translation>Gesprochene &amp;Anleitung einfügen</translation>
    </message>
    <message>
        <source>MP3 is not offered: this computer&apos;s sound library (libsndfile {version}) cannot write it; version 1.1 or newer can.</source>
        <translation>MP3 wird nicht angeboten: Die Audiobibliothek dieses Computers (libsndfile {version}) kann es nicht schreiben; ab Version 1.1 geht es.</translation>
    </message>
    <message>
        <source>No speech engine is installed (espeak-ng or flite), so only the recorded lines are spoken.</source>
        <translation>Es ist keine Sprachausgabe installiert (espeak-ng oder flite), daher werden nur die aufgenommenen Sätze gesprochen.</translation>
    </message>
    <message>
        <source>No speech engine is installed (espeak-ng or flite), so the file holds tones and pauses only.</source>
        <translation>Es ist keine Sprachausgabe installiert (espeak-ng oder flite), daher enthält die Datei nur Töne und Pausen.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation>Ordner und Dateinamen auswählen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the file</source>
        <translation>Die Datei anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop; nothing is saved</source>
        <translation>Anhalten; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>&amp;Save audio</source>
        <translation>Audio &amp;speichern</translation>
    </message>
    <message>
        <source>Make the audio file</source>
        <translation>Die Audiodatei erstellen</translation>
    </message>
    <message>
        <source>This routine cannot be made as chosen. {reason}</source>
        <translation>Diese Routine lässt sich so nicht erstellen. {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved. Audio file names here end in {suffixes}.</source>
        <translation>Es wurde nichts gespeichert. Audiodateinamen enden hier auf {suffixes}.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>{name} wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Save audio as</source>
        <translation>Audio speichern unter</translation>
    </message>
    <message>
        <source>Saved {length} of audio to {path} ({size}).</source>
        <translation>{length} Audio in {path} gespeichert ({size}).</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Es wurde nichts gespeichert. {reason}</translation>
    </message>
</context>
<context>
    <name>session_controller</name>
    <message>
        <source>Let the pace go and return to natural, easy breathing. Rest for as long as you need; resume when you feel ready, or end here.</source>
        <translation>Lass das Tempo los und kehr zu einem natürlichen, leichten Atem zurück. Ruh dich aus, so lange du brauchst; mach weiter, wenn du so weit bist, oder hör hier auf.</translation>
    </message>
    <message>
        <source>Feel your feet on the floor and the support beneath you. Look around and name three things you can see, and two things you can hear. Breathe in whatever way feels natural. You are here, and you are safe to stop.</source>
        <translation>Spür deine Füße auf dem Boden und den Halt unter dir. Schau dich um und nenne drei Dinge, die du sehen kannst, und zwei, die du hören kannst. Atme so, wie es sich natürlich anfühlt. Du bist hier, und es ist in Ordnung, aufzuhören.</translation>
    </message>
    <message>
        <source>Sound is back; the session carries on.</source>
        <translation>Der Ton ist wieder da; die Sitzung geht weiter.</translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>This could not be saved to your history: {error}</source>
        <translation>Das konnte nicht in deinem Verlauf gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Preparing spoken guidance…</source>
        <translation>Die gesprochene Anleitung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing spoken guidance</source>
        <translation>Die gesprochene Anleitung wird vorbereitet</translation>
    </message>
    <message>
        <source>This length does not fit</source>
        <translation>Diese Dauer passt nicht</translation>
    </message>
    <message>
        <source>Spoken guidance is not available ({error}); captions and tones carry on.</source>
        <translation>Die gesprochene Anleitung ist nicht verfügbar ({error}); Untertitel und Töne laufen weiter.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation>Auf welchem Bildschirm präsentieren?</translation>
    </message>
    <message>
        <source>Show the pacer full screen on:</source>
        <translation>Die Atemanzeige im Vollbild zeigen auf:</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
</context>
<context>
    <name>session_options</name>
    <message>
        <source>in and out the same</source>
        <translation>ein und aus gleich lang</translation>
    </message>
    <message>
        <source>out a little longer</source>
        <translation>aus etwas länger</translation>
    </message>
    <message>
        <source>out twice as long</source>
        <translation>aus doppelt so lang</translation>
    </message>
    <message>
        <source>out more than twice as long</source>
        <translation>aus mehr als doppelt so lang</translation>
    </message>
    <message>
        <source>Tighten gently, then let go</source>
        <translation>Sanft anspannen, dann loslassen</translation>
    </message>
    <message>
        <source>Tighten each group at about half effort, never to the point of pain or cramp, then let go and notice the difference.</source>
        <translation>Spanne jede Gruppe mit etwa halber Kraft an, nie bis zu Schmerz oder Krampf, lass dann los und spür den Unterschied.</translation>
    </message>
    <message>
        <source>Let go only</source>
        <translation>Nur loslassen</translation>
    </message>
    <message>
        <source>No tightening at all: let each group soften and rest.</source>
        <translation>Ganz ohne Anspannen: Lass jede Gruppe weich werden und ruhen.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Remember how each group felt as it let go, and let it go again without tightening.</source>
        <translation>Erinnere dich, wie sich jede Gruppe beim Loslassen angefühlt hat, und lass sie wieder los, ohne anzuspannen.</translation>
    </message>
    <message>
        <source>Cue-controlled</source>
        <translation>Mit Stichwort</translation>
    </message>
    <message>
        <source>Breathe in, then think the word “relax” as you breathe out and let everything soften.</source>
        <translation>Atme ein, denk beim Ausatmen das Wort „ruhig“ und lass alles weich werden.</translation>
    </message>
    <message>
        <source>Rapid</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>A short relaxation of the whole body in a few breaths, for any moment.</source>
        <translation>Eine kurze Entspannung des ganzen Körpers in wenigen Atemzügen, für jeden Moment.</translation>
    </message>
    <message>
        <source>Your breath</source>
        <translation>Dein Atem</translation>
    </message>
    <message>
        <source>Your feet</source>
        <translation>Deine Füße</translation>
    </message>
    <message>
        <source>Your hands</source>
        <translation>Deine Hände</translation>
    </message>
    <message>
        <source>Sounds around you</source>
        <translation>Geräusche um dich herum</translation>
    </message>
    <message>
        <source>Visit them gently</source>
        <translation>Sanft bei ihnen verweilen</translation>
    </message>
    <message>
        <source>Pass over them</source>
        <translation>Sie überspringen</translation>
    </message>
    <message>
        <source>{inhale} s in, {exhale} s out, {rest} s resting</source>
        <translation>{inhale} s ein, {exhale} s aus, {rest} s Ruhe</translation>
    </message>
    <message>
        <source>{inhale} s in, {exhale} s out</source>
        <translation>{inhale} s ein, {exhale} s aus</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Deine Auswahl</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Breaths a minute to follow</source>
        <translation>Atemzüge pro Minute, denen du folgst</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Ein und aus</translation>
    </message>
    <message>
        <source>How long each out-breath is</source>
        <translation>Wie lang jedes Ausatmen ist</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>&amp;In : out</source>
        <translation>&amp;Ein : aus</translation>
    </message>
    <message>
        <source>Seconds in and out</source>
        <translation>Sekunden ein und aus</translation>
    </message>
    <message>
        <source>Measure my natural pace</source>
        <translation>Mein natürliches Tempo messen</translation>
    </message>
    <message>
        <source>Tap at each out-breath for up to a minute; the slowing starts from that pace</source>
        <translation>Tippe bis zu einer Minute lang bei jedem Ausatmen; das Verlangsamen beginnt bei diesem Tempo</translation>
    </message>
    <message>
        <source>Starting pace</source>
        <translation>Anfangstempo</translation>
    </message>
    <message>
        <source>Natural pace</source>
        <translation>Natürliches Tempo</translation>
    </message>
    <message>
        <source>Sighs</source>
        <translation>Seufzer</translation>
    </message>
    <message>
        <source>How many sighs to take</source>
        <translation>Wie viele Seufzer du machst</translation>
    </message>
    <message>
        <source>Si&amp;ghs</source>
        <translation>&amp;Seufzer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>How the muscle relaxation runs</source>
        <translation>Wie die Muskelentspannung abläuft</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>About this mode</source>
        <translation>Über diesen Modus</translation>
    </message>
    <message>
        <source>Learning mode (each group t&amp;wice)</source>
        <translation>Lernmodus (jede Gruppe &amp;zweimal)</translation>
    </message>
    <message>
        <source>Go through each group twice, to learn the feeling of letting go</source>
        <translation>Geh jede Gruppe zweimal durch, um das Gefühl des Loslassens kennenzulernen</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>Ein Vorschlag</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Where your attention rests, and returns to</source>
        <translation>Wo deine Aufmerksamkeit ruht und wohin sie zurückkehrt</translation>
    </message>
    <message>
        <source>&amp;Anchor</source>
        <translation>An&amp;ker</translation>
    </message>
    <message>
        <source>&amp;Eyes open</source>
        <translation>A&amp;ugen offen</translation>
    </message>
    <message>
        <source>Guidance for keeping your eyes open, with a soft, resting gaze</source>
        <translation>Anleitung mit offenen Augen und einem weichen, ruhenden Blick</translation>
    </message>
    <message>
        <source>Areas that hurt today</source>
        <translation>Stellen, die heute wehtun</translation>
    </message>
    <message>
        <source>Areas rated above 0 in your latest check-in: visit them gently, or pass over them</source>
        <translation>Stellen, die du beim letzten Check-in über 0 bewertet hast: sanft bei ihnen verweilen oder sie überspringen</translation>
    </message>
    <message>
        <source>Areas that &amp;hurt</source>
        <translation>Stellen, die &amp;wehtun</translation>
    </message>
    <message>
        <source>Slow &amp;towards</source>
        <translation>&amp;Verlangsamen auf</translation>
    </message>
    <message>
        <source>Pace to slow towards</source>
        <translation>Tempo, auf das verlangsamt wird</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} Atemzüge pro Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n sigh(s)</source>
        <translation>
            <numerusform>%n Seufzer</numerusform>
            <numerusform>%n Seufzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured yet: the slowing starts at {bpm} breaths a minute.</source>
        <translation>Noch nicht gemessen: Das Verlangsamen beginnt bei {bpm} Atemzügen pro Minute.</translation>
    </message>
    <message>
        <source>Your natural pace: {bpm} breaths a minute.</source>
        <translation>Dein natürliches Tempo: {bpm} Atemzüge pro Minute.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Soft tones</source>
        <translation>Sanfte Töne</translation>
    </message>
    <message>
        <source>Spoken words (“in”, “out”)</source>
        <translation>Gesprochene Worte („ein“, „aus“)</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Glocke</translation>
    </message>
    <message>
        <source>Silent (watch the guide)</source>
        <translation>Stumm (folge der Atemanzeige)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Lying down only</source>
        <translation>Nur im Liegen</translation>
    </message>
    <message>
        <source>Lying or seated</source>
        <translation>Im Liegen oder Sitzen</translation>
    </message>
    <message>
        <source>Lying, seated or standing</source>
        <translation>Im Liegen, Sitzen oder Stehen</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Signallautstärke</translation>
    </message>
    <message>
        <source>How loud the tones or bell at each change of breath are.</source>
        <translation>Wie laut die Töne oder die Glocke bei jedem Atemwechsel sind.</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Stimmlautstärke</translation>
    </message>
    <message>
        <source>How loud the spoken guidance is.</source>
        <translation>Wie laut die gesprochene Anleitung ist.</translation>
    </message>
    <message>
        <source>Breath guide volume</source>
        <translation>Atemklang-Lautstärke</translation>
    </message>
    <message>
        <source>A soft sound that rises as you breathe in and falls as you breathe out. At 0 % it is off.</source>
        <translation>Ein sanfter Klang, der beim Einatmen anschwillt und beim Ausatmen abklingt. Bei 0 % ist er aus.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Audiogerät</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Scroll settings</source>
        <translation>Einstellungen scrollen</translation>
    </message>
    <message>
        <source>Scroll settings sideways</source>
        <translation>Einstellungen seitwärts scrollen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keep these settings and close</source>
        <translation>Diese Einstellungen behalten und schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close and go back to the settings you had before opening this window</source>
        <translation>Schließen und zu den Einstellungen zurückkehren, die du vor dem Öffnen dieses Fensters hattest</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put every setting back to how it was when the app was installed</source>
        <translation>Alle Einstellungen so zurücksetzen, wie sie nach der Installation waren</translation>
    </message>
    <message>
        <source>Cue style</source>
        <translation>Art der Signale</translation>
    </message>
    <message>
        <source>The sound that marks each change between breathing in and breathing out.</source>
        <translation>Der Klang, der jeden Wechsel zwischen Ein- und Ausatmen markiert.</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The voice that reads the guidance aloud.</source>
        <translation>Die Stimme, die die Anleitung vorliest.</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Speaking pace</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>How fast the voice speaks. Slower is often easier to follow with eyes closed.</source>
        <translation>Wie schnell die Stimme spricht. Langsamer ist mit geschlossenen Augen oft leichter zu folgen.</translation>
    </message>
    <message>
        <source>{setting} value</source>
        <translation>{setting}: Wert</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Colours of the app. High contrast uses white text on black with yellow focus.</source>
        <translation>Die Farben der App. Hoher Kontrast zeigt weiße Schrift auf Schwarz mit gelbem Fokus.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Make all text in the app larger.</source>
        <translation>Macht alle Texte in der App größer.</translation>
    </message>
    <message>
        <source>Follow system setting</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Follow system setting (less motion)</source>
        <translation>Wie im System eingestellt (weniger Bewegung)</translation>
    </message>
    <message>
        <source>Follow system setting (full motion)</source>
        <translation>Wie im System eingestellt (volle Bewegung)</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Volle Bewegung</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Less motion keeps moving and zooming on screen to a minimum, for people who feel dizzy or unwell with on-screen movement.</source>
        <translation>Weniger Bewegung hält Bewegung und Zoomen auf dem Bildschirm so gering wie möglich, für alle, denen davon schwindelig oder unwohl wird.</translation>
    </message>
    <message>
        <source>Pulse the screen gently at each breath cue</source>
        <translation>Bei jedem Atemsignal den Bildschirm sanft aufleuchten lassen</translation>
    </message>
    <message>
        <source>For when you cannot hear the cues: a soft, brief glow over the breathing guide at each change of breath, at most once a second. With less motion, its border changes colour instead.</source>
        <translation>Falls du die Signale nicht hören kannst: ein sanftes, kurzes Aufleuchten über der Atemanzeige bei jedem Atemwechsel, höchstens einmal pro Sekunde. Mit „Weniger Bewegung“ wechselt stattdessen die Farbe ihres Rahmens.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. Same as the system follows your desktop.</source>
        <translation>Die Sprache der App. „Wie das System“ folgt der Sprache deines Desktops.</translation>
    </message>
    <message>
        <source>The new language is used the next time Somatic Player starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Somatic Player.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Where sound is played.</source>
        <translation>Wo der Ton abgespielt wird.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Sound delay</source>
        <translation>Tonverzögerung</translation>
    </message>
    <message>
        <source>How much later the sound reaches you than the picture. Raise it if cues come after the breathing guide moves.</source>
        <translation>Wie viel später der Ton bei dir ankommt als das Bild. Erhöhe den Wert, wenn die Signale erst nach der Bewegung der Atemanzeige kommen.</translation>
    </message>
    <message>
        <source>Sound delay in milliseconds</source>
        <translation>Tonverzögerung in Millisekunden</translation>
    </message>
    <message>
        <source>For Bluetooth headphones, which play sound late: if the cues come after the breathing guide moves, raise this (often 150 to 250 ms) until they match.</source>
        <translation>Für Bluetooth-Kopfhörer, die den Ton verzögert abspielen: Wenn die Signale nach der Bewegung der Atemanzeige kommen, erhöhe diesen Wert (oft 150 bis 250 ms), bis beides zusammenpasst.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Sitzung</translation>
    </message>
    <message>
        <source>How long a practice lasts when a routine lets you choose.</source>
        <translation>Wie lange eine Übung dauert, wenn du die Länge wählen kannst.</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Dauer der Sitzung in Minuten</translation>
    </message>
    <message>
        <source>Dominant hand</source>
        <translation>Dominante Hand</translation>
    </message>
    <message>
        <source>Exercises that name your dominant side start with this hand.</source>
        <translation>Übungen, die deine dominante Seite nennen, beginnen mit dieser Hand.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Routines only ask for positions you can use; others are adapted.</source>
        <translation>Übungen verlangen nur Positionen, die dir möglich sind; andere werden angepasst.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Integration days</source>
        <translation>Integrationstage</translation>
    </message>
    <message>
        <source>How long practice stays lighter after a logged ketamine-assisted session. The first 24 hours, or until you have slept, always keep to lying or seated.</source>
        <translation>Wie lange das Üben nach einer eingetragenen ketamingestützten Sitzung leichter bleibt. In den ersten 24 Stunden, oder bis du geschlafen hast, übst du immer nur im Liegen oder Sitzen.</translation>
    </message>
    <message>
        <source>Integration days length in hours</source>
        <translation>Dauer der Integrationstage in Stunden</translation>
    </message>
    <message>
        <source>{voice} (not found)</source>
        <translation>{voice} (nicht gefunden)</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (nicht verbunden)</translation>
    </message>
</context>
<context>
    <name>store_recovery</name>
    <message>
        <source>Your practice history cannot be saved</source>
        <translation>Dein Übungsverlauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your history file could not be read</source>
        <translation>Deine Verlaufsdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>{error}

Practice still works; check-ins will not be kept this time.</source>
        <translation>{error}

Du kannst trotzdem üben; Check-ins werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <source>Somatic Player could not read your history file, so it has been moved aside, unchanged, as:
{path}

A new, empty history has been started: practice and check-ins work as usual.</source>
        <translation>Somatic Player konnte deine Verlaufsdatei nicht lesen und hat sie deshalb unverändert beiseitegelegt, als:
{path}

Ein neuer, leerer Verlauf wurde begonnen: Übungen und Check-ins funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Your latest backup is {name}, saved {date} at {time}. Restore your history from it?</source>
        <translation>Deine neueste Sicherung ist {name}, gespeichert am {date} um {time} Uhr. Möchtest du deinen Verlauf daraus wiederherstellen?</translation>
    </message>
    <message>
        <source>No backup was found in {folder}. If you saved one somewhere else, choose it to restore your history.</source>
        <translation>In {folder} wurde keine Sicherung gefunden. Wenn du eine woanders gespeichert hast, wähle sie aus, um deinen Verlauf wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Andere Sicherung wählen…</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Sicherungsdatei wählen…</translation>
    </message>
    <message>
        <source>Keep the new history</source>
        <translation>Den neuen Verlauf behalten</translation>
    </message>
</context>
<context>
    <name>tap_tempo</name>
    <message>
        <source>You could try again, with one tap each time you breathe out.</source>
        <translation>Du kannst es noch einmal versuchen, mit einem Tippen bei jedem Ausatmen.</translation>
    </message>
    <message>
        <source>There were too few taps to tell your pace. {again}</source>
        <translation>Es wurde zu selten getippt, um dein Tempo zu bestimmen. {again}</translation>
    </message>
    <message>
        <source>That came to {bpm} breaths a minute, quicker than breathing usually goes: perhaps some taps came twice. No problem. {again}</source>
        <translation>Das ergibt {bpm} Atemzüge pro Minute, schneller als Atmen normalerweise geht: Vielleicht wurde manchmal doppelt getippt. Kein Problem. {again}</translation>
    </message>
    <message>
        <source>That came to under {bpm} breaths a minute: perhaps some out-breaths went untapped. No problem. {again}</source>
        <translation>Das ergibt weniger als {bpm} Atemzüge pro Minute: Vielleicht blieb manches Ausatmen ohne Tippen. Kein Problem. {again}</translation>
    </message>
    <message>
        <source>Your natural pace came to {bpm} breaths a minute. The slowing will start from {start}, its quickest starting pace, and ease down from there.</source>
        <translation>Dein natürliches Tempo liegt bei {bpm} Atemzügen pro Minute. Das Verlangsamen beginnt bei {start}, seinem schnellsten Anfangstempo, und wird von dort aus allmählich ruhiger.</translation>
    </message>
    <message>
        <source>Your natural pace: {bpm} breaths a minute.</source>
        <translation>Dein natürliches Tempo: {bpm} Atemzüge pro Minute.</translation>
    </message>
    <message>
        <source>Measure my natural pace</source>
        <translation>Mein natürliches Tempo messen</translation>
    </message>
    <message>
        <source>Your natural pace</source>
        <translation>Dein natürliches Tempo</translation>
    </message>
    <message>
        <source>Breathe just as you are, without changing anything. Each time you breathe out, press Space or the big button. A minute is plenty; you can finish sooner.</source>
        <translation>Atme einfach so, wie du gerade atmest, ohne etwas zu verändern. Drück bei jedem Ausatmen die Leertaste oder den großen Knopf. Eine Minute reicht; du kannst auch früher aufhören.</translation>
    </message>
    <message>
        <source>Tap as you breathe out</source>
        <translation>Beim Ausatmen tippen</translation>
    </message>
    <message>
        <source>Tap each time you breathe out (Space)</source>
        <translation>Tippe bei jedem Ausatmen (Leertaste)</translation>
    </message>
    <message>
        <source>Taps so far</source>
        <translation>Bisher getippt</translation>
    </message>
    <message>
        <source>Pace so far</source>
        <translation>Bisheriges Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Use this pace</source>
        <translation>Dieses Tempo verwenden</translation>
    </message>
    <message>
        <source>Start the slowing from this pace</source>
        <translation>Das Verlangsamen bei diesem Tempo beginnen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Clear the taps</source>
        <translation>Das Getippte löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without measuring</source>
        <translation>Schließen, ohne zu messen</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <source>Work out the pace now</source>
        <translation>Das Tempo jetzt berechnen</translation>
    </message>
    <message>
        <source>Taps: {count}</source>
        <translation>Getippt: {count}</translation>
    </message>
    <message>
        <source>About {bpm} a minute</source>
        <translation>Etwa {bpm} pro Minute</translation>
    </message>
    <message>
        <source>Pace: after two taps</source>
        <translation>Tempo: ab dem zweiten Tippen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>noch {seconds} s</translation>
    </message>
    <message>
        <source>Begins at the first tap</source>
        <translation>Beginnt beim ersten Tippen</translation>
    </message>
</context>
<context>
    <name>today_cards</name>
    <message>
        <source>That is a repetition or two more per exercise, no more.</source>
        <translation>Das sind ein oder zwei Wiederholungen mehr pro Übung, nicht mehr.</translation>
    </message>
    <message>
        <source>That is a repetition or two fewer per exercise.</source>
        <translation>Das sind ein oder zwei Wiederholungen weniger pro Übung.</translation>
    </message>
    <message>
        <source>Please do not drive today and follow your clinic&apos;s advice.</source>
        <translation>Bitte fahr heute nicht Auto und folge den Empfehlungen deiner Klinik.</translation>
    </message>
    <message>
        <source>Rest and letting go</source>
        <translation>Ruhe und Loslassen</translation>
    </message>
    <message>
        <source>For the first 24 hours, or until you have slept: lying or seated practice only, no breath holds, letting go without tightening, and body scans of up to 10 minutes.</source>
        <translation>In den ersten 24 Stunden, oder bis du geschlafen hast: nur Übungen im Liegen oder Sitzen, kein Atemanhalten, Loslassen ohne vorheriges Anspannen und Body-Scans von bis zu 10 Minuten.</translation>
    </message>
    <message>
        <source>Gentle and easy</source>
        <translation>Sanft und leicht</translation>
    </message>
    <message>
        <source>Short, gentle practice, lying or seated, whenever it suits you.</source>
        <translation>Kurze, sanfte Übungen im Liegen oder Sitzen, wann immer es dir passt.</translation>
    </message>
    <message>
        <source>A little more choice</source>
        <translation>Etwas mehr Auswahl</translation>
    </message>
    <message>
        <source>Choose what feels right today. Everything here is optional.</source>
        <translation>Wähle, was sich heute stimmig anfühlt. Alles hier ist freiwillig.</translation>
    </message>
    <message>
        <source>Easy pace breathing</source>
        <translation>Atmen in ruhigem Tempo</translation>
    </message>
    <message>
        <source>Slow, easy breathing with a longer out-breath, lying or seated, no holds.</source>
        <translation>Langsames, leichtes Atmen mit längerer Ausatmung, im Liegen oder Sitzen, ohne Anhalten.</translation>
    </message>
    <message>
        <source>Letting go, seven groups</source>
        <translation>Loslassen, sieben Gruppen</translation>
    </message>
    <message>
        <source>Muscle relaxation with letting go only: nothing is tightened today.</source>
        <translation>Muskelentspannung nur mit Loslassen: Heute wird nichts angespannt.</translation>
    </message>
    <message>
        <source>Muscle relaxation, seven groups</source>
        <translation>Muskelentspannung, sieben Gruppen</translation>
    </message>
    <message>
        <source>Gentle muscle relaxation, at about half effort and never to the point of pain.</source>
        <translation>Sanfte Muskelentspannung mit etwa halber Kraft und nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>Body scan, 3 minutes</source>
        <translation>Body-Scan, 3 Minuten</translation>
    </message>
    <message>
        <source>A short body scan, lying or seated.</source>
        <translation>Ein kurzer Body-Scan im Liegen oder Sitzen.</translation>
    </message>
    <message>
        <source>Body scan, 10 minutes</source>
        <translation>Body-Scan, 10 Minuten</translation>
    </message>
    <message>
        <source>A body scan, lying or seated.</source>
        <translation>Ein Body-Scan im Liegen oder Sitzen.</translation>
    </message>
    <message>
        <source>Body scan, 20 minutes</source>
        <translation>Body-Scan, 20 Minuten</translation>
    </message>
    <message>
        <source>A longer body scan, if you would like one.</source>
        <translation>Ein längerer Body-Scan, wenn du möchtest.</translation>
    </message>
    <message>
        <source>Gentle movement, lying</source>
        <translation>Sanfte Bewegung im Liegen</translation>
    </message>
    <message>
        <source>Small movements lying down.</source>
        <translation>Kleine Bewegungen im Liegen.</translation>
    </message>
    <message>
        <source>Gentle movement, seated</source>
        <translation>Sanfte Bewegung im Sitzen</translation>
    </message>
    <message>
        <source>Small movements in a chair.</source>
        <translation>Kleine Bewegungen auf einem Stuhl.</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <translation>Zyklisches Seufzen</translation>
    </message>
    <message>
        <source>Two easy breaths in through the nose and a long, slow breath out.</source>
        <translation>Zwei leichte Atemzüge durch die Nase ein und ein langer, langsamer Atemzug aus.</translation>
    </message>
    <message>
        <source>Pain reached {highest}/10 during the session, so next time goes back one level.</source>
        <translation>Die Schmerzen erreichten während der Einheit {highest}/10, deshalb geht es beim nächsten Mal eine Stufe zurück.</translation>
    </message>
    <message>
        <source>Without both ratings we can&apos;t tell how it settled: stay at this level.</source>
        <translation>Ohne beide Bewertungen können wir nicht sagen, wie es sich eingependelt hat: Du bleibst auf dieser Stufe.</translation>
    </message>
    <message>
        <source>Pain is {rise} points higher than before the session, so next time goes back one level.</source>
        <translation>Die Schmerzen liegen {rise} Punkte höher als vor der Einheit, deshalb geht es beim nächsten Mal eine Stufe zurück.</translation>
    </message>
    <message>
        <source>Pain is still a little up from before the session: stay at this level.</source>
        <translation>Die Schmerzen sind noch etwas höher als vor der Einheit: Du bleibst auf dieser Stufe.</translation>
    </message>
    <message>
        <source>Pain settled back to where it was: next time may go up one level.</source>
        <translation>Die Schmerzen sind wieder dort, wo sie waren: Beim nächsten Mal kann es eine Stufe höher gehen.</translation>
    </message>
    <message numerus="yes">
        <source>You felt dizzy %n times in the past week while practising.</source>
        <translation>
            <numerusform>Dir war in der letzten Woche beim Üben %n-mal schwindelig.</numerusform>
            <numerusform>Dir war in der letzten Woche beim Üben %n-mal schwindelig.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd H:mm</source>
        <translation>ddd, H:mm &apos;Uhr&apos;</translation>
    </message>
    <message>
        <source>Start now. {note}</source>
        <translation>Jetzt beginnen. {note}</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>{name} beginnen</translation>
    </message>
    <message>
        <source>Integration days</source>
        <translation>Integrationstage</translation>
    </message>
    <message>
        <source>Plan for the next days</source>
        <translation>Plan für die nächsten Tage</translation>
    </message>
    <message>
        <source>Show or hide what each of the integration days suggests</source>
        <translation>Zeigt oder verbirgt, was jeder Integrationstag vorschlägt</translation>
    </message>
    <message>
        <source>I have slept since my session</source>
        <translation>Ich habe seit meiner Sitzung geschlafen</translation>
    </message>
    <message>
        <source>Tell the app you have had a night&apos;s sleep since your session: the first day&apos;s limits then lift, earlier than 24 hours.</source>
        <translation>Sag der App, dass du seit deiner Sitzung eine Nacht geschlafen hast: Dann fallen die Grenzen des ersten Tages früher als nach 24 Stunden weg.</translation>
    </message>
    <message>
        <source>Integration day {day} of {total}</source>
        <translation>Integrationstag {day} von {total}</translation>
    </message>
    <message>
        <source>{heading}, until {when}</source>
        <translation>{heading}, bis {when}</translation>
    </message>
    <message>
        <source>You have slept since your session, so the first day&apos;s limits have lifted.</source>
        <translation>Du hast seit deiner Sitzung geschlafen, deshalb gelten die Grenzen des ersten Tages nicht mehr.</translation>
    </message>
    <message>
        <source>Day {number} (today)</source>
        <translation>Tag {number} (heute)</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Tag {number}</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}: {heading}.</source>
        <translation>{day}, {start} bis {end}: {heading}.</translation>
    </message>
    <message>
        <source>Slow, easy breathing with a longer out-breath.</source>
        <translation>Langsames, leichtes Atmen mit längerer Ausatmung.</translation>
    </message>
    <message>
        <source>Muscle relaxation with letting go only.</source>
        <translation>Muskelentspannung nur mit Loslassen.</translation>
    </message>
    <message>
        <source>Very gentle movement</source>
        <translation>Sehr sanfte Bewegung</translation>
    </message>
    <message>
        <source>A few small movements lying or seated, if you feel like moving.</source>
        <translation>Ein paar kleine Bewegungen im Liegen oder Sitzen, wenn dir nach Bewegung ist.</translation>
    </message>
    <message>
        <source>Flare day</source>
        <translation>Schubtag</translation>
    </message>
    <message>
        <source>Go gently today. Movement is halved and kept to lying or seated, and muscle relaxation lets go without tightening. Easy breathing may feel kind.</source>
        <translation>Geh heute sanft mit dir um. Die Bewegung wird halbiert und findet nur im Liegen oder Sitzen statt, und die Muskelentspannung lässt los, ohne anzuspannen. Ruhiges Atmen kann dir guttun.</translation>
    </message>
    <message>
        <source>Feeling light-headed</source>
        <translation>Leichter Schwindel</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Put this note away until it happens again</source>
        <translation>Blendet diesen Hinweis aus, bis es wieder vorkommt</translation>
    </message>
    <message>
        <source>You felt dizzy once in the past week while practising.</source>
        <translation>Dir war in der letzten Woche beim Üben einmal schwindelig.</translation>
    </message>
    <message>
        <source>You felt dizzy twice in the past week while practising.</source>
        <translation>Dir war in der letzten Woche beim Üben zweimal schwindelig.</translation>
    </message>
    <message>
        <source>That is common when slowing the breath. A slightly faster pace and shorter sessions may feel easier, with smaller, softer breaths. You can stop and breathe naturally at any time.</source>
        <translation>Das kommt häufig vor, wenn man den Atem verlangsamt. Ein etwas schnelleres Tempo und kürzere Einheiten fallen dir vielleicht leichter, mit kleineren, sanfteren Atemzügen. Du kannst jederzeit aufhören und natürlich weiteratmen.</translation>
    </message>
    <message>
        <source>After yesterday&apos;s movement</source>
        <translation>Nach der Bewegung von gestern</translation>
    </message>
    <message>
        <source>How is your body this morning compared with before yesterday&apos;s movement?</source>
        <translation>Wie geht es deinem Körper heute Morgen im Vergleich zu vor der Bewegung gestern?</translation>
    </message>
    <message>
        <source>Your answer decides whether the next movement session steps up, stays the same or steps back, one step at most.</source>
        <translation>Deine Antwort entscheidet, ob die nächste Bewegungseinheit eine Stufe höher geht, gleich bleibt oder eine Stufe zurückgeht, höchstens um eine Stufe.</translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation>&amp;Schmerzen gerade jetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save your answer</source>
        <translation>Deine Antwort speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip: the next session stays at the same level</source>
        <translation>Überspringen: Die nächste Einheit bleibt auf derselben Stufe</translation>
    </message>
    <message>
        <source>Your next movement session</source>
        <translation>Deine nächste Bewegungseinheit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Put this note away</source>
        <translation>Blendet diesen Hinweis aus</translation>
    </message>
    <message>
        <source>Put the movement note away</source>
        <translation>Hinweis zur Bewegung ausblenden</translation>
    </message>
    <message>
        <source>You are at the starting level, so it stays there.</source>
        <translation>Du bist auf der Anfangsstufe, deshalb bleibt es dabei.</translation>
    </message>
</context>
<context>
    <name>today_controller</name>
    <message>
        <source>Flare day</source>
        <translation>Schubtag</translation>
    </message>
    <message>
        <source>{what} could not be saved: there is no usable history.</source>
        <translation>{what} konnte nicht gespeichert werden: Es gibt keinen nutzbaren Verlauf.</translation>
    </message>
    <message>
        <source>{what} could not be saved ({error}).</source>
        <translation>{what} konnte nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <source>The flare day</source>
        <translation>Der Schubtag</translation>
    </message>
    <message>
        <source>Your night&apos;s sleep</source>
        <translation>Dein Nachtschlaf</translation>
    </message>
    <message>
        <source>The dizzy report</source>
        <translation>Die Schwindelmeldung</translation>
    </message>
    <message>
        <source>The movement session</source>
        <translation>Die Bewegungseinheit</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Hiding the note</source>
        <translation>Das Ausblenden des Hinweises</translation>
    </message>
</context>
<context>
    <name>today_panel</name>
    <message>
        <source>Having a flare today? Switch this on for gentler practice today: movement is halved and kept to lying or seated, muscle relaxation lets go without tightening.</source>
        <translation>Hast du heute einen Schub? Schalte dies ein für sanftere Übungen heute: Die Bewegung wird halbiert und findet nur im Liegen oder Sitzen statt, die Muskelentspannung lässt los, ohne anzuspannen.</translation>
    </message>
    <message>
        <source>Flare day is on for today. Press to switch it off.</source>
        <translation>Der Schubtag ist für heute eingeschaltet. Drücke, um ihn auszuschalten.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Flare day</source>
        <translation>Schubtag</translation>
    </message>
    <message>
        <source>Scroll today&apos;s notes</source>
        <translation>Durch die Hinweise von heute blättern</translation>
    </message>
</context>
<context>
    <name>tracking_actions</name>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Rate your pain and tension now, any time</source>
        <translation>Bewerte deine Schmerzen und deine Anspannung jetzt, jederzeit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your check-ins and practice over time</source>
        <translation>Deine Check-ins und Übungen im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Weekly check…</source>
        <translation>Wochenrückblick…</translation>
    </message>
    <message>
        <source>Three questions about the past week</source>
        <translation>Drei Fragen zur letzten Woche</translation>
    </message>
    <message>
        <source>Log a ketamine-assisted session…</source>
        <translation>Ketamingestützte Sitzung eintragen…</translation>
    </message>
    <message>
        <source>Note when a session took place, so practice stays light for the next days</source>
        <translation>Trag ein, wann eine Sitzung stattfand, damit die Übungen in den nächsten Tagen leicht bleiben</translation>
    </message>
    <message>
        <source>Breath-hold questions…</source>
        <translation>Fragen zum Atemanhalten…</translation>
    </message>
    <message>
        <source>Answer the questions that decide whether practices with held breaths are offered</source>
        <translation>Beantworte die Fragen, die entscheiden, ob Übungen mit angehaltenem Atem angeboten werden</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Neue Routine…</translation>
    </message>
    <message>
        <source>Build a routine of your own</source>
        <translation>Stell eine eigene Routine zusammen</translation>
    </message>
    <message>
        <source>Edit this routine…</source>
        <translation>Diese Routine bearbeiten…</translation>
    </message>
    <message>
        <source>Change the chosen routine (a built-in one is copied first)</source>
        <translation>Ändere die gewählte Routine (eine mitgelieferte wird vorher kopiert)</translation>
    </message>
    <message>
        <source>Send home as audio…</source>
        <translation>Als Audio mit nach Hause geben…</translation>
    </message>
    <message>
        <source>Save the chosen routine, adapted for today, as an audio file</source>
        <translation>Speichere die gewählte Routine, an heute angepasst, als Audiodatei</translation>
    </message>
    <message>
        <source>Save routine as a file…</source>
        <translation>Routine als Datei speichern…</translation>
    </message>
    <message>
        <source>A .somatic file to hand over (with any recordings)</source>
        <translation>Eine .somatic-Datei zum Weitergeben (mit allen Aufnahmen)</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Routinedatei öffnen…</translation>
    </message>
    <message>
        <source>Add a .somatic routine file to your library (files can also be dropped here)</source>
        <translation>Füge deiner Bibliothek eine .somatic-Routinedatei hinzu (Dateien kannst du auch hierher ziehen)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save your history as a PDF report, CSV or FHIR</source>
        <translation>Speichere deinen Verlauf als PDF-Bericht, CSV oder FHIR</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Save a copy of your whole history</source>
        <translation>Speichere eine Kopie deines gesamten Verlaufs</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your history with a backup you saved</source>
        <translation>Ersetze deinen Verlauf durch eine Sicherung, die du gespeichert hast</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>Remove every check-in, session and journal entry</source>
        <translation>Entfernt alle Check-ins, Einheiten und Tagebucheinträge</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Weekly check, ketamine-assisted sessions and your data</source>
        <translation>Wochenrückblick, ketamingestützte Sitzungen und deine Daten</translation>
    </message>
    <message>
        <source>Weekly check saved (score {score}).</source>
        <translation>Wochenrückblick gespeichert (Wert {score}).</translation>
    </message>
    <message>
        <source>Session time saved. Practice stays light for the next days.</source>
        <translation>Zeitpunkt der Sitzung gespeichert. Die Übungen bleiben in den nächsten Tagen leicht.</translation>
    </message>
    <message>
        <source>Practices with breath holds are now in the library.</source>
        <translation>Übungen mit Atemanhalten sind jetzt in der Bibliothek.</translation>
    </message>
    <message>
        <source>Practices with breath holds stay hidden.</source>
        <translation>Übungen mit Atemanhalten bleiben ausgeblendet.</translation>
    </message>
    <message>
        <source>All your data was deleted from this computer.</source>
        <translation>Alle deine Daten wurden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Kein Verlauf</translation>
    </message>
    <message>
        <source>There is no usable history on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen nutzbaren Verlauf.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>Das konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>there is no usable history on this computer</source>
        <translation>auf diesem Computer gibt es keinen nutzbaren Verlauf</translation>
    </message>
</context>
</TS>
