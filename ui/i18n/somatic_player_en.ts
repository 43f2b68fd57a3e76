<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>bodymap_editor</name>
    <message numerus="yes">
        <source>This clears the %n area(s) you rated. Continue?</source>
        <translation>
            <numerusform>This clears the %n area you rated. Continue?</numerusform>
            <numerusform>This clears the %n areas you rated. Continue?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bodymap_panel</name>
    <message numerus="yes">
        <source>%n area(s) rated.</source>
        <translation>
            <numerusform>%n area rated.</numerusform>
            <numerusform>%n areas rated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) rated; worst: {area}.</source>
        <translation>
            <numerusform>%n area rated; worst: {area}.</numerusform>
            <numerusform>%n areas rated; worst: {area}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bodymap_widget</name>
    <message numerus="yes">
        <source>%n area(s) with values; highest {area}: {value}</source>
        <translation>
            <numerusform>%n area with values; highest {area}: {value}</numerusform>
            <numerusform>%n areas with values; highest {area}: {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) rated.</source>
        <translation>
            <numerusform>%n area rated.</numerusform>
            <numerusform>%n areas rated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>change_view</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checkin_dialog</name>
    <message numerus="yes">
        <source>%n area(s) marked</source>
        <translation>
            <numerusform>%n area marked</numerusform>
            <numerusform>%n areas marked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message numerus="yes">
        <source>%n practice session(s)</source>
        <translation>
            <numerusform>%n practice session</numerusform>
            <numerusform>%n practice sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n earlier history(ies) kept aside by restores</source>
        <translation>
            <numerusform>Also delete the %n earlier history kept aside by restores</numerusform>
            <numerusform>Also delete the %n earlier histories kept aside by restores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>editor.step_list</name>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history_charts</name>
    <message numerus="yes">
        <source>{span}: %n entry(ies).</source>
        <translation>
            <numerusform>{span}: %n entry.</numerusform>
            <numerusform>{span}: %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history_maps</name>
    <message numerus="yes">
        <source>Average rating of each area over %n body map(s) (an area not rated in a map counts as 0).</source>
        <translation>
            <numerusform>Average rating of each area over %n body map (an area not rated in a map counts as 0).</numerusform>
            <numerusform>Average rating of each area over %n body maps (an area not rated in a map counts as 0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average rating of each area in the body maps before and after practice, over the %n session(s) in this period with a map at both times.</source>
        <translation>
            <numerusform>Average rating of each area in the body maps before and after practice, over the %n session in this period with a map at both times.</numerusform>
            <numerusform>Average rating of each area in the body maps before and after practice, over the %n sessions in this period with a map at both times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history_series</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painful area(s) of {total}</source>
        <translation>
            <numerusform>%n painful area of {total}</numerusform>
            <numerusform>%n painful areas of {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacer_view</name>
    <message numerus="yes">
        <source>{phase}, %n second(s) left</source>
        <translation>
            <numerusform>{phase}, %n second left</numerusform>
            <numerusform>{phase}, %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>package_dialogs</name>
    <message numerus="yes">
        <source>Saved “{title}” with its %n recording(s) to {path}.</source>
        <translation>
            <numerusform>Saved “{title}” with its %n recording to {path}.</numerusform>
            <numerusform>Saved “{title}” with its %n recordings to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is in your library now with %n recording(s).</source>
        <translation>
            <numerusform>It is in your library now with %n recording.</numerusform>
            <numerusform>It is in your library now with %n recordings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peg_dialog</name>
    <message numerus="yes">
        <source>%n to go.</source>
        <translation>
            <numerusform>%n to go.</numerusform>
            <numerusform>%n to go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report_content</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n stopped early</numerusform>
            <numerusform>%n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ended</source>
        <translation>
            <numerusform>%n not ended</numerusform>
            <numerusform>%n not ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n body map(s)</source>
        <translation>
            <numerusform>%n body map</numerusform>
            <numerusform>%n body maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different region(s)</source>
        <translation>
            <numerusform>%n different region</numerusform>
            <numerusform>%n different regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check(s)</source>
        <translation>
            <numerusform>%n weekly check</numerusform>
            <numerusform>%n weekly checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report_data</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report_figures</name>
    <message numerus="yes">
        <source>Mean over the %n answered body map(s) of the period (0-10; a region not rated on an answered map counts as 0). Sides are the person&apos;s own: on the front view the person&apos;s right is on the left of the page.</source>
        <translation>
            <numerusform>Mean over the %n answered body map of the period (0-10; a region not rated on an answered map counts as 0). Sides are the person&apos;s own: on the front view the person&apos;s right is on the left of the page.</numerusform>
            <numerusform>Mean over the %n answered body maps of the period (0-10; a region not rated on an answered map counts as 0). Sides are the person&apos;s own: on the front view the person&apos;s right is on the left of the page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean per region over the %n session(s) whose before and after body maps were both answered.</source>
        <translation>
            <numerusform>Mean per region over the %n session whose before and after body maps were both answered.</numerusform>
            <numerusform>Mean per region over the %n sessions whose before and after body maps were both answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before and after: over the %n session(s) with both maps answered.</source>
        <translation>
            <numerusform>Before and after: over the %n session with both maps answered.</numerusform>
            <numerusform>Before and after: over the %n sessions with both maps answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>send_home_dialog</name>
    <message numerus="yes">
        <source>%n painful area(s)</source>
        <translation>
            <numerusform>%n painful area</numerusform>
            <numerusform>%n painful areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed</source>
        <translation>
            <numerusform>%n step changed</numerusform>
            <numerusform>%n steps changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>session_options</name>
    <message numerus="yes">
        <source>%n sigh(s)</source>
        <translation>
            <numerusform>%n sigh</numerusform>
            <numerusform>%n sighs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>today_cards</name>
    <message numerus="yes">
        <source>You felt dizzy %n times in the past week while practising.</source>
        <translation>
            <numerusform>You felt dizzy %n time in the past week while practising.</numerusform>
            <numerusform>You felt dizzy %n times in the past week while practising.</numerusform>
        </translation>
    </message>
</context>
</TS>
