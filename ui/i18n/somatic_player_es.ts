<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>app_shell</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound, display, audio device and practice settings ({shortcut})</source>
        <translation>Ajustes de sonido, pantalla, dispositivo de audio y práctica ({shortcut})</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Recursos de crisis</translation>
    </message>
    <message>
        <source>Numbers to call or text if you need help now ({shortcut})</source>
        <translation>Números a los que llamar o escribir si necesitas ayuda ahora ({shortcut})</translation>
    </message>
    <message>
        <source>Some settings were reset</source>
        <translation>Algunos ajustes se han restablecido</translation>
    </message>
    <message>
        <source>Your weekly check is due: {menu}, then {item} ({shortcut}).</source>
        <translation>Te toca la revisión semanal: {menu}, y luego {item} ({shortcut}).</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Choose a routine in the library to edit it.</source>
        <translation>Elige en la biblioteca la rutina que quieras editar.</translation>
    </message>
    <message>
        <source>Choose a routine in the library first.</source>
        <translation>Primero elige una rutina en la biblioteca.</translation>
    </message>
    <message>
        <source>Library not refreshed</source>
        <translation>La biblioteca no se ha actualizado</translation>
    </message>
    <message>
        <source>The routine was saved, but: {error}</source>
        <translation>La rutina se ha guardado, pero: {error}</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Sin historial</translation>
    </message>
    <message>
        <source>There is no usable history on this computer yet.</source>
        <translation>Todavía no hay un historial que se pueda usar en este ordenador.</translation>
    </message>
    <message>
        <source>History cannot be shown</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
    <message>
        <source>Your history could not be read: {error}</source>
        <translation>No se ha podido leer tu historial: {error}</translation>
    </message>
    <message>
        <source>Settings could not be saved</source>
        <translation>No se han podido guardar los ajustes</translation>
    </message>
    <message>
        <source>{error}
They apply until you close the app.</source>
        <translation>{error}
Se mantienen hasta que cierres la aplicación.</translation>
    </message>
</context>
<context>
    <name>bodymap_editor</name>
    <message>
        <source>Front and back</source>
        <translation>Delante y detrás</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Show the front and the back of the figure side by side</source>
        <translation>Muestra la figura por delante y por detrás, una al lado de la otra</translation>
    </message>
    <message>
        <source>Show only the front of the figure, larger</source>
        <translation>Muestra solo la parte delantera de la figura, más grande</translation>
    </message>
    <message>
        <source>Show only the back of the figure, larger</source>
        <translation>Muestra solo la parte trasera de la figura, más grande</translation>
    </message>
    <message>
        <source>All 74 areas as a list grouped by body part, for the keyboard or a screen reader</source>
        <translation>Las 74 zonas en una lista agrupada por partes del cuerpo, para usar con el teclado o un lector de pantalla</translation>
    </message>
    <message>
        <source>Neutral figure</source>
        <translation>Figura neutra</translation>
    </message>
    <message>
        <source>Female figure</source>
        <translation>Figura femenina</translation>
    </message>
    <message>
        <source>Male figure</source>
        <translation>Figura masculina</translation>
    </message>
    <message numerus="yes">
        <source>This clears the %n area(s) you rated. Continue?</source>
        <translation>
            <numerusform>Esto borra la zona que has valorado. ¿Quieres seguir?</numerusform>
            <numerusform>Esto borra las %n zonas que has valorado. ¿Quieres seguir?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change ({shortcut})</source>
        <translation>Deshace el último cambio ({shortcut})</translation>
    </message>
    <message>
        <source>Figure outline</source>
        <translation>Silueta de la figura</translation>
    </message>
    <message>
        <source>The figure drawn: neutral, female or male</source>
        <translation>La figura que se dibuja: neutra, femenina o masculina</translation>
    </message>
    <message>
        <source>No pain anywhere</source>
        <translation>Sin dolor en ninguna parte</translation>
    </message>
</context>
<context>
    <name>bodymap_list</name>
    <message>
        <source>right upper head</source>
        <translation>parte superior derecha de la cabeza</translation>
    </message>
    <message>
        <source>left upper head</source>
        <translation>parte superior izquierda de la cabeza</translation>
    </message>
    <message>
        <source>right face</source>
        <translation>lado derecho de la cara</translation>
    </message>
    <message>
        <source>left face</source>
        <translation>lado izquierdo de la cara</translation>
    </message>
    <message>
        <source>right front of neck</source>
        <translation>parte delantera derecha del cuello</translation>
    </message>
    <message>
        <source>left front of neck</source>
        <translation>parte delantera izquierda del cuello</translation>
    </message>
    <message>
        <source>right front of shoulder</source>
        <translation>parte delantera del hombro derecho</translation>
    </message>
    <message>
        <source>right chest</source>
        <translation>lado derecho del pecho</translation>
    </message>
    <message>
        <source>left chest</source>
        <translation>lado izquierdo del pecho</translation>
    </message>
    <message>
        <source>left front of shoulder</source>
        <translation>parte delantera del hombro izquierdo</translation>
    </message>
    <message>
        <source>right upper arm</source>
        <translation>brazo derecho</translation>
    </message>
    <message>
        <source>left upper arm</source>
        <translation>brazo izquierdo</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>codo derecho</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>codo izquierdo</translation>
    </message>
    <message>
        <source>right forearm</source>
        <translation>antebrazo derecho</translation>
    </message>
    <message>
        <source>right upper abdomen</source>
        <translation>parte superior derecha del abdomen</translation>
    </message>
    <message>
        <source>left upper abdomen</source>
        <translation>parte superior izquierda del abdomen</translation>
    </message>
    <message>
        <source>left forearm</source>
        <translation>antebrazo izquierdo</translation>
    </message>
    <message>
        <source>right wrist</source>
        <translation>muñeca derecha</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>cadera derecha</translation>
    </message>
    <message>
        <source>right lower abdomen and groin</source>
        <translation>parte inferior derecha del abdomen e ingle derecha</translation>
    </message>
    <message>
        <source>left lower abdomen and groin</source>
        <translation>parte inferior izquierda del abdomen e ingle izquierda</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>cadera izquierda</translation>
    </message>
    <message>
        <source>left wrist</source>
        <translation>muñeca izquierda</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mano derecha</translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation>muslo derecho</translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation>muslo izquierdo</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mano izquierda</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <source>right shin</source>
        <translation>espinilla derecha</translation>
    </message>
    <message>
        <source>left shin</source>
        <translation>espinilla izquierda</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>tobillo derecho</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>tobillo izquierdo</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <source>left upper back of head</source>
        <translation>parte trasera superior izquierda de la cabeza</translation>
    </message>
    <message>
        <source>right upper back of head</source>
        <translation>parte trasera superior derecha de la cabeza</translation>
    </message>
    <message>
        <source>left lower back of head</source>
        <translation>parte trasera inferior izquierda de la cabeza</translation>
    </message>
    <message>
        <source>right lower back of head</source>
        <translation>parte trasera inferior derecha de la cabeza</translation>
    </message>
    <message>
        <source>left back of neck</source>
        <translation>lado izquierdo de la nuca</translation>
    </message>
    <message>
        <source>right back of neck</source>
        <translation>lado derecho de la nuca</translation>
    </message>
    <message>
        <source>left back of shoulder</source>
        <translation>parte trasera del hombro izquierdo</translation>
    </message>
    <message>
        <source>left upper back</source>
        <translation>parte alta izquierda de la espalda</translation>
    </message>
    <message>
        <source>right upper back</source>
        <translation>parte alta derecha de la espalda</translation>
    </message>
    <message>
        <source>right back of shoulder</source>
        <translation>parte trasera del hombro derecho</translation>
    </message>
    <message>
        <source>left back of upper arm</source>
        <translation>parte trasera del brazo izquierdo</translation>
    </message>
    <message>
        <source>left mid back</source>
        <translation>parte media izquierda de la espalda</translation>
    </message>
    <message>
        <source>right mid back</source>
        <translation>parte media derecha de la espalda</translation>
    </message>
    <message>
        <source>right back of upper arm</source>
        <translation>parte trasera del brazo derecho</translation>
    </message>
    <message>
        <source>left back of elbow</source>
        <translation>parte trasera del codo izquierdo</translation>
    </message>
    <message>
        <source>right back of elbow</source>
        <translation>parte trasera del codo derecho</translation>
    </message>
    <message>
        <source>left back of forearm</source>
        <translation>parte trasera del antebrazo izquierdo</translation>
    </message>
    <message>
        <source>left lower back</source>
        <translation>zona lumbar izquierda</translation>
    </message>
    <message>
        <source>right lower back</source>
        <translation>zona lumbar derecha</translation>
    </message>
    <message>
        <source>right back of forearm</source>
        <translation>parte trasera del antebrazo derecho</translation>
    </message>
    <message>
        <source>left back of wrist</source>
        <translation>dorso de la muñeca izquierda</translation>
    </message>
    <message>
        <source>left outer hip</source>
        <translation>parte externa de la cadera izquierda</translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation>nalga izquierda</translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation>nalga derecha</translation>
    </message>
    <message>
        <source>right outer hip</source>
        <translation>parte externa de la cadera derecha</translation>
    </message>
    <message>
        <source>right back of wrist</source>
        <translation>dorso de la muñeca derecha</translation>
    </message>
    <message>
        <source>left back of hand</source>
        <translation>dorso de la mano izquierda</translation>
    </message>
    <message>
        <source>left back of thigh</source>
        <translation>parte trasera del muslo izquierdo</translation>
    </message>
    <message>
        <source>right back of thigh</source>
        <translation>parte trasera del muslo derecho</translation>
    </message>
    <message>
        <source>right back of hand</source>
        <translation>dorso de la mano derecha</translation>
    </message>
    <message>
        <source>left back of knee</source>
        <translation>parte trasera de la rodilla izquierda</translation>
    </message>
    <message>
        <source>right back of knee</source>
        <translation>parte trasera de la rodilla derecha</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>pantorrilla izquierda</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>pantorrilla derecha</translation>
    </message>
    <message>
        <source>left back of ankle</source>
        <translation>parte trasera del tobillo izquierdo</translation>
    </message>
    <message>
        <source>right back of ankle</source>
        <translation>parte trasera del tobillo derecho</translation>
    </message>
    <message>
        <source>left heel</source>
        <translation>talón izquierdo</translation>
    </message>
    <message>
        <source>right heel</source>
        <translation>talón derecho</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Parte media de la espalda</translation>
    </message>
    <message>
        <source>Upper abdomen</source>
        <translation>Parte superior del abdomen</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation>Parte inferior del abdomen</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Codo</translation>
    </message>
    <message>
        <source>Forearm</source>
        <translation>Antebrazo</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>Muñeca</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>Tobillo</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dolor sordo</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>dolor pulsátil</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>dolor agudo</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>latigazos</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>ardor</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>electric</source>
        <translation>descargas eléctricas</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>cramping</source>
        <translation>calambres</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>sensibilidad al tacto</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>pesadez</translation>
    </message>
    <message>
        <source>stiff</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>All body areas</source>
        <translation>Todas las zonas del cuerpo</translation>
    </message>
    <message>
        <source>Grouped by body part. Number keys rate the area, 1 then 0 for 10; Delete clears it; W marks the worst area.</source>
        <translation>Agrupadas por partes del cuerpo. Las teclas numéricas valoran la zona (1 y luego 0 para 10); Supr la borra; W marca la zona que más duele.</translation>
    </message>
    <message>
        <source>Choose an area; number keys rate it, Delete clears it, W marks worst</source>
        <translation>Elige una zona; las teclas numéricas la valoran, Supr la borra, W la marca como la peor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Cómo se siente</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>La peor</translation>
    </message>
    <message>
        <source>★ worst</source>
        <translation>★ la peor</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>rated {rating} of 10</source>
        <translation>valorada con {rating} de 10</translation>
    </message>
</context>
<context>
    <name>bodymap_paint</name>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>as if facing you</source>
        <translation>como si te mirara de frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>as if seen from behind</source>
        <translation>como si la vieras por detrás</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 el peor</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge by the head: the person&apos;s right side</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge by the head: the person&apos;s left side</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>No pain anywhere</source>
        <translation>Sin dolor en ninguna parte</translation>
    </message>
</context>
<context>
    <name>bodymap_panel</name>
    <message numerus="yes">
        <source>%n area(s) rated.</source>
        <translation>
            <numerusform>%n zona valorada.</numerusform>
            <numerusform>%n zonas valoradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) rated; worst: {area}.</source>
        <translation>
            <numerusform>%n zona valorada; la peor: {area}.</numerusform>
            <numerusform>%n zonas valoradas; la peor: {area}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain in this area: {n} (no pain)</source>
        <translation>Dolor en esta zona: {n} (sin dolor)</translation>
    </message>
    <message>
        <source>Pain in this area: {n} out of 10 (no pain)</source>
        <translation>Dolor en esta zona: {n} de 10 (sin dolor)</translation>
    </message>
    <message>
        <source>Pain in this area: {n} (worst imaginable)</source>
        <translation>Dolor en esta zona: {n} (lo peor imaginable)</translation>
    </message>
    <message>
        <source>Pain in this area: {n} out of 10 (worst imaginable)</source>
        <translation>Dolor en esta zona: {n} de 10 (lo peor imaginable)</translation>
    </message>
    <message>
        <source>Pain in this area: {n}</source>
        <translation>Dolor en esta zona: {n}</translation>
    </message>
    <message>
        <source>Pain in this area: {n} out of 10</source>
        <translation>Dolor en esta zona: {n} de 10</translation>
    </message>
    <message>
        <source>Pain in this area</source>
        <translation>Dolor en esta zona</translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 sin dolor</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 lo peor imaginable</translation>
    </message>
    <message>
        <source>What it feels like (optional)</source>
        <translation>Cómo se siente (opcional)</translation>
    </message>
    <message>
        <source>Feels {quality}</source>
        <translation>Sensación: {quality}</translation>
    </message>
    <message>
        <source>This area feels {quality}</source>
        <translation>En esta zona notas: {quality}</translation>
    </message>
    <message>
        <source>★ &amp;Worst area</source>
        <translation>★ La &amp;peor zona</translation>
    </message>
    <message>
        <source>Mark this as the area that hurts most (W)</source>
        <translation>Marca esta como la zona que más te duele (W)</translation>
    </message>
    <message>
        <source>Worst area</source>
        <translation>La peor zona</translation>
    </message>
    <message>
        <source>&amp;Clear this area</source>
        <translation>&amp;Borrar esta zona</translation>
    </message>
    <message>
        <source>Remove this area&apos;s rating (Delete)</source>
        <translation>Quita la valoración de esta zona (Supr)</translation>
    </message>
    <message>
        <source>&amp;No pain anywhere</source>
        <translation>&amp;Sin dolor en ninguna parte</translation>
    </message>
    <message>
        <source>Answer for the whole body: no pain anywhere right now</source>
        <translation>Respuesta para todo el cuerpo: ahora mismo no te duele nada</translation>
    </message>
    <message>
        <source>Choose an area</source>
        <translation>Elige una zona</translation>
    </message>
    <message>
        <source>Click it on the figure, move to it with the arrow keys on the figure, or pick it from the List.</source>
        <translation>Haz clic en ella en la figura, llega a ella con las flechas del teclado sobre la figura o elígela en la Lista.</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>todavía sin valorar</translation>
    </message>
    <message>
        <source>rated {rating} of 10</source>
        <translation>valorada con {rating} de 10</translation>
    </message>
    <message>
        <source>Front view, area {code}: {state}</source>
        <translation>Vista delantera, zona {code}: {state}</translation>
    </message>
    <message>
        <source>Back view, area {code}: {state}</source>
        <translation>Vista trasera, zona {code}: {state}</translation>
    </message>
    <message>
        <source>Answered: no pain anywhere.</source>
        <translation>Respondido: sin dolor en ninguna parte.</translation>
    </message>
    <message>
        <source>No areas rated yet.</source>
        <translation>Todavía no has valorado ninguna zona.</translation>
    </message>
</context>
<context>
    <name>bodymap_widget</name>
    <message>
        <source>front view</source>
        <translation>vista de frente</translation>
    </message>
    <message>
        <source>back view</source>
        <translation>vista de espalda</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>{rating} of 10</source>
        <translation>{rating} de 10</translation>
    </message>
    <message>
        <source>worst area</source>
        <translation>la zona que más duele</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>average {value} of 10</source>
        <translation>media de {value} sobre 10</translation>
    </message>
    <message>
        <source>{area}, {view}: {value}</source>
        <translation>{area}, {view}: {value}</translation>
    </message>
    <message>
        <source>The person&apos;s right side ({view})</source>
        <translation>Lado derecho de la persona ({view})</translation>
    </message>
    <message>
        <source>The person&apos;s left side ({view})</source>
        <translation>Lado izquierdo de la persona ({view})</translation>
    </message>
    <message>
        <source>Body map (read only)</source>
        <translation>Mapa corporal (solo para ver)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with values; highest {area}: {value}</source>
        <translation>
            <numerusform>%n zona con valor; la más alta, {area}: {value}</numerusform>
            <numerusform>%n zonas con valor; la más alta, {area}: {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>No areas have values</source>
        <translation>Ninguna zona tiene valor</translation>
    </message>
    <message>
        <source>Body map, no area selected</source>
        <translation>Mapa corporal, ninguna zona elegida</translation>
    </message>
    <message>
        <source>Body map, {area}, {view}: {rating}</source>
        <translation>Mapa corporal, {area}, {view}: {rating}</translation>
    </message>
    <message>
        <source>No pain anywhere.</source>
        <translation>Sin dolor en ninguna parte.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) rated.</source>
        <translation>
            <numerusform>%n zona valorada.</numerusform>
            <numerusform>%n zonas valoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between areas; 0 to 9 rate the area, 1 then 0 for 10; Delete clears it; W marks the worst area (rate it first).</source>
        <translation>Con las flechas pasas de una zona a otra; del 0 al 9 valoras la zona, 1 y luego 0 para el 10; Supr borra su valor; W marca la zona que más duele (valórala primero).</translation>
    </message>
</context>
<context>
    <name>breath_hold_dialog</name>
    <message>
        <source>You are pregnant</source>
        <translation>Estás embarazada</translation>
    </message>
    <message>
        <source>Heart disease, or blood pressure that is not under control</source>
        <translation>Una enfermedad del corazón, o una tensión arterial que no está controlada</translation>
    </message>
    <message>
        <source>Seizures or epilepsy</source>
        <translation>Convulsiones o epilepsia</translation>
    </message>
    <message>
        <source>Glaucoma or a detached retina</source>
        <translation>Glaucoma o desprendimiento de retina</translation>
    </message>
    <message>
        <source>Surgery in the last few weeks</source>
        <translation>Una operación en las últimas semanas</translation>
    </message>
    <message>
        <source>Severe lung disease</source>
        <translation>Una enfermedad pulmonar grave</translation>
    </message>
    <message>
        <source>Panic attacks</source>
        <translation>Ataques de pánico</translation>
    </message>
    <message>
        <source>Breathing with held breaths</source>
        <translation>Respiraciones con retención</translation>
    </message>
    <message>
        <source>Before practices that hold the breath</source>
        <translation>Antes de practicar reteniendo la respiración</translation>
    </message>
    <message>
        <source>Box breathing and 4-7-8 breathing include short breath holds. They are offered only if none of these apply to you:</source>
        <translation>La respiración cuadrada y la respiración 4-7-8 incluyen pausas breves con la respiración retenida. Solo se ofrecen si no se da en tu caso nada de lo siguiente:</translation>
    </message>
    <message>
        <source>If one applies, every other practice stays available, and you can ask your care team about held breaths. You can change this answer later from {menu}.</source>
        <translation>Si se da alguno, todas las demás prácticas siguen disponibles, y puedes preguntar a tu equipo de salud por las retenciones de la respiración. Puedes cambiar esta respuesta más adelante desde {menu}.</translation>
    </message>
    <message>
        <source>None of these apply</source>
        <translation>No se da ninguno</translation>
    </message>
    <message>
        <source>Offer the practices with breath holds</source>
        <translation>Ofrecer las prácticas con retención de la respiración</translation>
    </message>
    <message>
        <source>One or more apply</source>
        <translation>Se da uno o más</translation>
    </message>
    <message>
        <source>Keep practices with breath holds hidden</source>
        <translation>Mantener ocultas las prácticas con retención de la respiración</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close without answering</source>
        <translation>Cerrar sin responder</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>change_view</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>{before} to {after}: no change</source>
        <translation>de {before} a {after}: sin cambios</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} higher ({percent}% higher)</source>
        <translation>de {before} a {after}: {amount} más (un {percent}&#xa0;% más)</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} lower ({percent}% lower)</source>
        <translation>de {before} a {after}: {amount} menos (un {percent}&#xa0;% menos)</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} higher</source>
        <translation>de {before} a {after}: {amount} más</translation>
    </message>
    <message>
        <source>{before} to {after}: {amount} lower</source>
        <translation>de {before} a {after}: {amount} menos</translation>
    </message>
    <message>
        <source>Pain right now</source>
        <translation>Dolor ahora mismo</translation>
    </message>
    <message>
        <source>Tension or stress</source>
        <translation>Tensión o estrés</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Before and after this practice</source>
        <translation>Antes y después de esta práctica</translation>
    </message>
    <message>
        <source>Change in each body area</source>
        <translation>Cambio en cada zona del cuerpo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>{name}: body map</source>
        <translation>{name}: mapa corporal</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>{sign}{amount} ({sign}{percent}%)</source>
        <translation>{sign}{amount} ({sign}{percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>Nothing to compare this time: one of the check-ins was skipped.</source>
        <translation>Esta vez no hay nada que comparar: uno de los registros se saltó.</translation>
    </message>
</context>
<context>
    <name>checkin_dialog</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>After your practice</source>
        <translation>Después de tu práctica</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>Registro rápido</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked</source>
        <translation>
            <numerusform>%n zona marcada</numerusform>
            <numerusform>%n zonas marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>0 means {low}, {max} means {high}</source>
        <translation>0 significa {low}, {max} significa {high}</translation>
    </message>
    <message>
        <source>{title}: {n} out of {max}, {anchor}</source>
        <translation>{title}: {n} de {max}, {anchor}</translation>
    </message>
    <message>
        <source>{title}: {n} out of {max}</source>
        <translation>{title}: {n} de {max}</translation>
    </message>
    <message>
        <source>Choose a number for each, or skip. There are no right or wrong answers.</source>
        <translation>Elige un número para cada una, o sáltalo. No hay respuestas correctas ni incorrectas.</translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation>&amp;Dolor ahora mismo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>lo peor imaginable</translation>
    </message>
    <message>
        <source>&amp;Tension or stress</source>
        <translation>&amp;Tensión o estrés</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muy alta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save these ratings</source>
        <translation>Guarda estas valoraciones</translation>
    </message>
    <message>
        <source>Same as last time</source>
        <translation>Igual que la última vez</translation>
    </message>
    <message>
        <source>Fill in the same answers as last time</source>
        <translation>Rellena las mismas respuestas que la última vez</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Continue without rating</source>
        <translation>Seguir sin valorar</translation>
    </message>
    <message>
        <source>Last time: {answers}</source>
        <translation>La última vez: {answers}</translation>
    </message>
    <message>
        <source>Fill in the same answers as last time ({answers})</source>
        <translation>Rellena las mismas respuestas que la última vez ({answers})</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>dolor {value}</translation>
    </message>
    <message>
        <source>tension {value}</source>
        <translation>tensión {value}</translation>
    </message>
    <message>
        <source>no pain on the body map</source>
        <translation>sin dolor en el mapa corporal</translation>
    </message>
</context>
<context>
    <name>checkin_flow</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>This check-in could not be saved to your history: {error}
Anything saved before is still there.</source>
        <translation>Este registro no se pudo guardar en tu historial: {error}
Todo lo que guardaste antes sigue ahí.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Registro guardado.</translation>
    </message>
</context>
<context>
    <name>crisis_dialog</name>
    <message>
        <source>Crisis resources</source>
        <translation>Recursos de crisis</translation>
    </message>
    <message>
        <source>The list of crisis numbers could not be loaded. If you are in danger, call your local emergency number now. findahelpline.com lists free, confidential helplines worldwide.</source>
        <translation>No se ha podido cargar la lista de números de crisis. Si estás en peligro, llama ahora al número de emergencias de tu zona. En findahelpline.com encontrarás líneas de ayuda gratuitas y confidenciales de todo el mundo.</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Si necesitas ayuda ahora</translation>
    </message>
    <message>
        <source>If you are in danger, or thinking about harming yourself, please contact one of these services. You don&apos;t have to face this alone.</source>
        <translation>Si estás en peligro, o piensas en hacerte daño, por favor, ponte en contacto con uno de estos servicios. No tienes por qué pasar por esto a solas.</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Otros países</translation>
    </message>
    <message>
        <source>Show the numbers for every country in the list</source>
        <translation>Mostrar los números de todos los países de la lista</translation>
    </message>
    <message>
        <source>Crisis numbers for other countries</source>
        <translation>Números de crisis de otros países</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Wherever you are</source>
        <translation>Estés donde estés</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the check date</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Numbers last checked on {date}. They are stored on this computer, so this window works without an internet connection.</source>
        <translation>Números comprobados por última vez el {date}. Están guardados en este ordenador, así que esta ventana funciona sin conexión a internet.</translation>
    </message>
    <message>
        <source>Hide other countries</source>
        <translation>Ocultar otros países</translation>
    </message>
    <message>
        <source>Numbers to call or text if you need help now ({shortcut})</source>
        <translation>Números a los que llamar o escribir si necesitas ayuda ahora ({shortcut})</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <source>DELETE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>Somatic Player backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de seguridad de Somatic Player (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n earlier history(ies) kept aside by restores</source>
        <translation>
            <numerusform>Borrar también el historial anterior que se guardó aparte al restaurar</numerusform>
            <numerusform>Borrar también los %n historiales anteriores que se guardaron aparte al restaurar</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up your history</source>
        <translation>Haz una copia de seguridad de tu historial</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Copia de seguridad no guardada</translation>
    </message>
    <message>
        <source>The backup was not saved.

{error}</source>
        <translation>La copia de seguridad no se guardó.

{error}</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>Saved a copy of your history to {path}.

It holds your ratings and journal: keep it somewhere private. To bring it back later, choose Restore from a backup.</source>
        <translation>Se ha guardado una copia de tu historial en {path}.

Contiene tus valoraciones y tu diario: guárdala en un lugar privado. Para recuperarla más adelante, elige Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore your history from this backup?</source>
        <translation>¿Quieres restaurar tu historial desde esta copia de seguridad?</translation>
    </message>
    <message>
        <source>{source}
{summary}

This replaces your current history with the one in the backup. The current one is kept aside as {name}.before-restore-&lt;date and time&gt; in {folder}, so nothing is lost.</source>
        <translation>{source}
{summary}

Tu historial actual se sustituirá por el de la copia de seguridad. El actual se guarda aparte como {name}.before-restore-&lt;fecha y hora&gt; en {folder}, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Replace and restore</source>
        <translation>Sustituir y restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the current history</source>
        <translation>Conserva el historial actual</translation>
    </message>
    <message numerus="yes">
        <source>%n practice session(s)</source>
        <translation>
            <numerusform>%n sesión de práctica</numerusform>
            <numerusform>%n sesiones de práctica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds {sessions} and {checkins}.</source>
        <translation>Contiene {sessions} y {checkins}.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>It holds {sessions} and {checkins}, the latest from {date}.</source>
        <translation>Contiene {sessions} y {checkins}; lo más reciente es del {date}.</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Este archivo no se puede restaurar</translation>
    </message>
    <message>
        <source>History not restored</source>
        <translation>Historial no restaurado</translation>
    </message>
    <message>
        <source>Your history was not changed.

{error}</source>
        <translation>Tu historial no ha cambiado.

{error}</translation>
    </message>
    <message>
        <source>Restored from {source}.

Your previous history is kept as {aside}.</source>
        <translation>Restaurado desde {source}.

Tu historial anterior se conserva como {aside}.</translation>
    </message>
    <message>
        <source>Restored from {source}.</source>
        <translation>Restaurado desde {source}.</translation>
    </message>
    <message>
        <source>History restored</source>
        <translation>Historial restaurado</translation>
    </message>
    <message>
        <source>Your current history has not been changed.

{error}</source>
        <translation>Tu historial actual no ha cambiado.

{error}</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>¿Quieres borrar todos tus datos?</translation>
    </message>
    <message>
        <source>This deletes every practice session, check-in, body map, journal entry, weekly check and logged ketamine session from this computer. It cannot be undone.

Exports and backups you saved elsewhere are not touched; delete those files yourself if you want them gone. Your settings stay as they are.</source>
        <translation>Esto borra de este ordenador todas las sesiones de práctica, registros, mapas corporales, entradas del diario, revisiones semanales y sesiones con ketamina anotadas. No se puede deshacer.

Las exportaciones y copias de seguridad que guardaste en otro sitio no se tocan; si quieres que desaparezcan, bórralas tú. Tus ajustes se quedan como están.</translation>
    </message>
    <message>
        <source>To confirm, type {word} below.</source>
        <translation>Para confirmarlo, escribe {word} aquí debajo.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escribe {word} para confirmar</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrarlo todo</translation>
    </message>
    <message>
        <source>Delete all your data</source>
        <translation>Borra todos tus datos</translation>
    </message>
    <message>
        <source>Keep your data</source>
        <translation>Conserva tus datos</translation>
    </message>
    <message>
        <source>Data not deleted</source>
        <translation>Datos no borrados</translation>
    </message>
    <message>
        <source>Nothing was deleted.

{error}</source>
        <translation>No se ha borrado nada.

{error}</translation>
    </message>
    <message>
        <source>All your data was deleted from this computer. Exports and backups saved elsewhere were not touched.</source>
        <translation>Todos tus datos se han borrado de este ordenador. Las exportaciones y copias de seguridad guardadas en otro sitio no se han tocado.</translation>
    </message>
    <message>
        <source>

These files could not be deleted: {files}</source>
        <translation>

Estos archivos no se pudieron borrar: {files}</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Datos borrados</translation>
    </message>
</context>
<context>
    <name>editor.commands</name>
    <message>
        <source>Change “{field}”</source>
        <translation>Cambiar «{field}»</translation>
    </message>
    <message>
        <source>Add step: {kind}</source>
        <translation>Añadir paso: {kind}</translation>
    </message>
    <message>
        <source>Remove step: {kind}</source>
        <translation>Quitar paso: {kind}</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
</context>
<context>
    <name>editor.patient_panel</name>
    <message>
        <source>Lying only</source>
        <translation>Solo acostado</translation>
    </message>
    <message>
        <source>Lying or seated</source>
        <translation>Acostado o sentado</translation>
    </message>
    <message>
        <source>Lying, seated or standing</source>
        <translation>Acostado, sentado o de pie</translation>
    </message>
    <message>
        <source>Right-handed</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left-handed</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Posturas posibles</translation>
    </message>
    <message>
        <source>Handedness</source>
        <translation>Mano dominante</translation>
    </message>
    <message>
        <source>Regions not to tense</source>
        <translation>Zonas que no se tensan</translation>
    </message>
    <message>
        <source>Pick a region on the map</source>
        <translation>Elige una zona en el mapa</translation>
    </message>
    <message>
        <source>Don&apos;t-tense regions: muscle groups covering them are guided to let go only, with no tensing. Pick a region, then mark it.</source>
        <translation>Zonas sin tensar: en los grupos musculares que las cubren solo se guía a soltar, sin tensar. Elige una zona y luego márcala.</translation>
    </message>
    <message>
        <source>Not tensed: {regions}</source>
        <translation>Sin tensar: {regions}</translation>
    </message>
    <message>
        <source>Every region may be tensed.</source>
        <translation>Se pueden tensar todas las zonas.</translation>
    </message>
    <message>
        <source>Tensing is fine for the {region}</source>
        <translation>Se puede tensar: {region}</translation>
    </message>
    <message>
        <source>Don&apos;t tense the {region}</source>
        <translation>No tensar: {region}</translation>
    </message>
</context>
<context>
    <name>editor.preview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview caption</source>
        <translation>Texto de la vista previa</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Reproducir paso</translation>
    </message>
    <message>
        <source>Play the selected step (F5)</source>
        <translation>Reproducir el paso elegido (F5)</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Reproducir desde aquí</translation>
    </message>
    <message>
        <source>Play from the selected step to the end (Shift+F5)</source>
        <translation>Reproducir desde el paso elegido hasta el final (Mayús+F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>This step takes no time to play, or is left out for the patient.</source>
        <translation>Este paso no dura nada al reproducirlo, o se deja fuera para esta persona.</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
</context>
<context>
    <name>editor.step_forms</name>
    <message>
        <source>Give in and out seconds, or a rate below, not both.</source>
        <translation>Indica los segundos para inhalar y exhalar, o una frecuencia más abajo, pero no ambas cosas.</translation>
    </message>
    <message>
        <source>Breaths a minute; leave empty when you give in and out seconds.</source>
        <translation>Respiraciones por minuto; déjalo vacío si indicas segundos para inhalar y exhalar.</translation>
    </message>
    <message>
        <source>Give a length in seconds or a number of breaths, not both.</source>
        <translation>Indica una duración en segundos o un número de respiraciones, pero no ambas cosas.</translation>
    </message>
    <message>
        <source>Attention cues while tensing, one per line.</source>
        <translation>Indicaciones para la atención mientras se tensa, una por línea.</translation>
    </message>
    <message>
        <source>Noticing cues after letting go, one per line.</source>
        <translation>Indicaciones para notar después de soltar, una por línea.</translation>
    </message>
    <message>
        <source>Body parts, separated by commas (hand, wrist, forearm...).</source>
        <translation>Partes del cuerpo en inglés, separadas por comas (hand, wrist, forearm...).</translation>
    </message>
    <message>
        <source>Body-map region codes, separated by commas (front 101-136, back 201-238).</source>
        <translation>Códigos de zona del mapa corporal, separados por comas (delante 101-136, detrás 201-238).</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas.</source>
        <translation>Palabras para encontrarla, separadas por comas.</translation>
    </message>
    <message>
        <source>A second, short in-breath on top of the first (cyclic sighing).</source>
        <translation>Una segunda inhalación corta justo después de la primera (suspiro cíclico).</translation>
    </message>
    <message>
        <source>The person&apos;s chosen pace and ratio (from [options.pace]) replace rate_bpm and ratio.</source>
        <translation>El ritmo y la proporción que elige la persona (de [options.pace]) sustituyen a rate_bpm y ratio.</translation>
    </message>
    <message>
        <source>The ramp starts at the person&apos;s measured natural rate (at most 12); ramp_from_bpm is the start when none was measured.</source>
        <translation>El cambio gradual empieza en la frecuencia natural medida de la persona (como máximo 12); si no se ha medido, empieza en ramp_from_bpm.</translation>
    </message>
    <message>
        <source>Seconds per count: the tempo of the beats.</source>
        <translation>Segundos por tiempo: el ritmo de la cuenta.</translation>
    </message>
    <message>
        <source>Repetitions added per progression level (CONTENT.md: at most 1-2).</source>
        <translation>Repeticiones que se añaden en cada nivel de progreso (CONTENT.md: como mucho 1-2).</translation>
    </message>
    <message>
        <source>Paced breathing</source>
        <translation>Respiración guiada</translation>
    </message>
    <message>
        <source>Muscle group (PMR)</source>
        <translation>Grupo muscular (RMP)</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Texto hablado</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Tiempo en calma</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Cómo te sientes</translation>
    </message>
    <message>
        <source>Journal prompt</source>
        <translation>Pregunta para el diario</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancla</translation>
    </message>
    <message>
        <source>Body-scan area</source>
        <translation>Zona de exploración corporal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Inhalar</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Exhalar</translation>
    </message>
    <message>
        <source>Hold in</source>
        <translation>Retener tras inhalar</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>Retener tras exhalar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Ramp from</source>
        <translation>Frecuencia inicial</translation>
    </message>
    <message>
        <source>Ramp bpm per min</source>
        <translation>Cambio por minuto</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Inhalación extra</translation>
    </message>
    <message>
        <source>Adjustable</source>
        <translation>Ajustable</translation>
    </message>
    <message>
        <source>Ramp from natural</source>
        <translation>Empezar en el ritmo natural</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes del cuerpo</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Rapid</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tensar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notar</translation>
    </message>
    <message>
        <source>Release only</source>
        <translation>Solo soltar</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Evocar</translation>
    </message>
    <message>
        <source>Cue controlled</source>
        <translation>Con palabra clave</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Postura preferida</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Tiempo de cuenta</translation>
    </message>
    <message>
        <source>Progress reps</source>
        <translation>Repeticiones al progresar</translation>
    </message>
    <message>
        <source>Max reps</source>
        <translation>Máximo de repeticiones</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Acostado</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Pause after</source>
        <translation>Pausa después</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Ojos abiertos</translation>
    </message>
    <message>
        <source>Pmr modes</source>
        <translation>Modos de RMP</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Versión suave</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Permanecer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source>Estimated minutes</source>
        <translation>Minutos estimados</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>dominant</source>
        <translation>dominante</translation>
    </message>
    <message>
        <source>non-dominant</source>
        <translation>no dominante</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>tension-release</source>
        <translation>tensar y soltar</translation>
    </message>
    <message>
        <source>release-only</source>
        <translation>solo soltar</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>evocar</translation>
    </message>
    <message>
        <source>cue-controlled</source>
        <translation>con palabra clave</translation>
    </message>
    <message>
        <source>rapid</source>
        <translation>rápida</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>acostado</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>each</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>during</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiración</translation>
    </message>
    <message>
        <source>pmr</source>
        <translation>RMP</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>movimiento</translation>
    </message>
    <message>
        <source>body-scan</source>
        <translation>exploración corporal</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixta</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <source>breaths per minute</source>
        <translation>respiraciones por minuto</translation>
    </message>
    <message>
        <source>breaths per minute per minute</source>
        <translation>respiraciones por minuto en cada minuto</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>tiempos</translation>
    </message>
    <message>
        <source>picture frame</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>{low} to {high} {unit}</source>
        <translation>de {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>por defecto: {value}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Allowed: {limits}.</source>
        <translation>Valores posibles: {limits}.</translation>
    </message>
    <message>
        <source>Pick a step to edit it, or add one.</source>
        <translation>Elige un paso para editarlo, o añade uno.</translation>
    </message>
    <message>
        <source>Step {number}: {kind}</source>
        <translation>Paso {number}: {kind}</translation>
    </message>
</context>
<context>
    <name>editor.step_list</name>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} a minute</source>
        <translation>{rate} por minuto</translation>
    </message>
    <message>
        <source>in {inhale} s, out {exhale} s</source>
        <translation>inhalar {inhale} s, exhalar {exhale} s</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>breath, feet, hands or sounds</source>
        <translation>respiración, pies, manos o sonidos</translation>
    </message>
    <message>
        <source>This step needs attention: see the form.</source>
        <translation>Este paso necesita un ajuste: mira el formulario.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down. Delete removes a step.</source>
        <translation>Arrastra para cambiar el orden, o usa Alt+↑ / Alt+↓. Supr quita un paso.</translation>
    </message>
</context>
<context>
    <name>editor.window</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved yet. Save them first?</source>
        <translation>Esta rutina tiene cambios que aún no se han guardado. ¿Quieres guardarlos primero?</translation>
    </message>
    <message>
        <source>Breath holds: offered only after the breath-hold questions</source>
        <translation>Retener la respiración: solo se ofrece después de las preguntas sobre retener la respiración</translation>
    </message>
    <message>
        <source>Standing steps: need support nearby (a counter or chair)</source>
        <translation>Pasos de pie: hace falta un apoyo cerca (una encimera o una silla)</translation>
    </message>
    <message>
        <source>Tensing: muscle groups are tensed gently unless marked release-only</source>
        <translation>Tensar: los grupos musculares se tensan con suavidad, salvo los marcados como «solo soltar»</translation>
    </message>
    <message>
        <source>Long session: {minutes} minutes or more</source>
        <translation>Sesión larga: {minutes} minutos o más</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Duplicate built-in…</source>
        <translation>Duplicar una incluida…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Play step</source>
        <translation>Reproducir paso</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Reproducir desde aquí</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Quitar el paso elegido (Supr)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Subir el paso elegido (Alt+↑)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Bajar el paso elegido (Alt+↓)</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Datos de la rutina</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problemas por corregir antes de guardar</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>To fix before saving</source>
        <translation>Por corregir antes de guardar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Duplicate a built-in routine</source>
        <translation>Duplicar una rutina incluida</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <source>Replace routine?</source>
        <translation>¿Reemplazar la rutina?</translation>
    </message>
    <message>
        <source>A routine file with this id already exists:
{path}
Replace it?</source>
        <translation>Ya existe un archivo de rutina con este ID:
{path}
¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>Change exercise</source>
        <translation>Cambiar ejercicio</translation>
    </message>
    <message>
        <source>Total length {length}</source>
        <translation>Duración total {length}</translation>
    </message>
    <message>
        <source>Total length: fix the problems to see it</source>
        <translation>Duración total: corrige los problemas para verla</translation>
    </message>
    <message>
        <source>No breath holds, standing, tensing or long sessions.</source>
        <translation>Sin retener la respiración, sin pasos de pie, sin tensar y sin sesiones largas.</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Paso {number}: {problem}</translation>
    </message>
    <message>
        <source>Nothing: the routine can be saved.</source>
        <translation>Nada: la rutina se puede guardar.</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Rutina sin título</translation>
    </message>
    <message>
        <source>{title}{mark} — Routine editor</source>
        <translation>{title}{mark} — Editor de rutinas</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>The routine has problems to fix first (listed under &apos;To fix before saving&apos;):
{problem}</source>
        <translation>Antes hay que corregir algunos problemas de la rutina (están en «Por corregir antes de guardar»):
{problem}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in routine; give this one its own id under Routine details.</source>
        <translation>«{id}» es el ID de una rutina incluida; dale a esta su propio ID en «Datos de la rutina».</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The routine could not be written: {reason}</source>
        <translation>No se pudo escribir la rutina: {reason}</translation>
    </message>
    <message>
        <source>Cannot preview yet</source>
        <translation>Aún no hay vista previa</translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation>Corrige primero los problemas de la lista.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV table (for spreadsheets)</source>
        <translation>Tabla CSV (para hojas de cálculo)</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>PDF report (for your clinician)</source>
        <translation>Informe PDF (para tu profesional de salud)</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <source>FHIR R4 file (for health record systems)</source>
        <translation>Archivo FHIR R4 (para sistemas de historia clínica)</translation>
    </message>
    <message>
        <source>FHIR JSON</source>
        <translation>FHIR JSON</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>something went wrong ({error})</source>
        <translation>algo salió mal ({error})</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Exportar tu historial</translation>
    </message>
    <message>
        <source>Your history stays on this computer. An export writes a copy to a file you choose, to keep or to share with your care team.</source>
        <translation>Tu historial se queda en este ordenador. Al exportar, se guarda una copia en el archivo que elijas, para conservarla o compartirla con tu equipo de salud.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Include &amp;journal entries</source>
        <translation>Incluir las entradas del d&amp;iario</translation>
    </message>
    <message>
        <source>Journal entries are private notes. Include them only if you want whoever reads the file to see them.</source>
        <translation>Las entradas del diario son notas privadas. Inclúyelas solo si quieres que las vea quien lea el archivo.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the folder of the saved file</source>
        <translation>Muestra la carpeta del archivo guardado</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Choose a file and export</source>
        <translation>Elige un archivo y exporta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the date fields: d day, MMM month, yyyy year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>The first day is after the last day. Choose the dates again.</source>
        <translation>El primer día es posterior al último. Vuelve a elegir las fechas.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <source>Saved to {path} ({summary}).</source>
        <translation>Guardado en {path} ({summary}).</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>No se ha guardado nada. {reason}</translation>
    </message>
    <message>
        <source>The FHIR file holds pain ratings only, never journal entries</source>
        <translation>El archivo FHIR solo contiene valoraciones del dolor, nunca entradas del diario</translation>
    </message>
    <message>
        <source>Add your journal entries to the file</source>
        <translation>Añade tus entradas del diario al archivo</translation>
    </message>
    <message>
        <source>Please wait: the export is still being written.</source>
        <translation>Espera un momento: la exportación aún se está escribiendo.</translation>
    </message>
</context>
<context>
    <name>first_run_dialog</name>
    <message>
        <source>I have read this and want to continue</source>
        <translation>Lo he leído y quiero continuar</translation>
    </message>
</context>
<context>
    <name>history_charts</name>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>dots joined by a line</source>
        <translation>puntos unidos por una línea</translation>
    </message>
    <message>
        <source>hollow circles</source>
        <translation>círculos vacíos</translation>
    </message>
    <message>
        <source>filled squares</source>
        <translation>cuadrados rellenos</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras</translation>
    </message>
    <message>
        <source>Point at the chart, or select it and use the arrow keys, to read exact values.</source>
        <translation>Señala el gráfico, o selecciónalo y usa las flechas, para leer los valores exactos.</translation>
    </message>
    <message>
        <source>{subject}: value at the pointer</source>
        <translation>{subject}: valor bajo el puntero</translation>
    </message>
    <message>
        <source>{shape}: {series}</source>
        <translation>{shape}: {series}</translation>
    </message>
    <message>
        <source>Legend: {items}</source>
        <translation>Leyenda: {items}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>{series} ({shape})</source>
        <translation>{series} ({shape})</translation>
    </message>
    <message>
        <source>Shows {series}.</source>
        <translation>Muestra: {series}.</translation>
    </message>
    <message>
        <source>Latest: {values}.</source>
        <translation>Lo más reciente: {values}.</translation>
    </message>
    <message>
        <source>The same numbers are in a table: use the “{button}” button above the chart.</source>
        <translation>Tienes los mismos números en una tabla: usa el botón «{button}» encima del gráfico.</translation>
    </message>
    <message numerus="yes">
        <source>{span}: %n entry(ies).</source>
        <translation>
            <numerusform>{span}: %n entrada.</numerusform>
            <numerusform>{span}: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{subject}, table</source>
        <translation>{subject}, tabla</translation>
    </message>
</context>
<context>
    <name>history_filters</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the date fields: d day, MMM month, yyyy year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Which days to show</source>
        <translation>Qué días mostrar</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Show only sessions of one kind of practice</source>
        <translation>Muestra solo las sesiones de un tipo de práctica</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation>Primer día que se muestra</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation>Último día que se muestra</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the two dates: From [date] to [date]</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
</context>
<context>
    <name>history_maps</name>
    <message numerus="yes">
        <source>Average rating of each area over %n body map(s) (an area not rated in a map counts as 0).</source>
        <translation>
            <numerusform>Valoración media de cada zona en %n mapa corporal (una zona sin valorar en un mapa cuenta como 0).</numerusform>
            <numerusform>Valoración media de cada zona en %n mapas corporales (una zona sin valorar en un mapa cuenta como 0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average rating of each area in the body maps before and after practice, over the %n session(s) in this period with a map at both times.</source>
        <translation>
            <numerusform>Valoración media de cada zona en los mapas corporales de antes y después de practicar, en %n sesión de este periodo con mapa en ambos momentos.</numerusform>
            <numerusform>Valoración media de cada zona en los mapas corporales de antes y después de practicar, en las %n sesiones de este periodo con mapa en ambos momentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{map}. Point at an area to read its name and value.</source>
        <translation>{map}. Señala una zona para ver su nombre y su valor.</translation>
    </message>
    <message>
        <source>Sides shown</source>
        <translation>Lados que se muestran</translation>
    </message>
    <message>
        <source>Show the front and back of the figure, or one side larger</source>
        <translation>Muestra la figura de frente y de espaldas, o un solo lado más grande</translation>
    </message>
    <message>
        <source>Front and back</source>
        <translation>Delante y detrás</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>on average about the same after</source>
        <translation>de media, más o menos igual después</translation>
    </message>
    <message>
        <source>on average {points} point lower after</source>
        <translation>de media, {points} punto menos después</translation>
    </message>
    <message>
        <source>on average {points} points lower after</source>
        <translation>de media, {points} puntos menos después</translation>
    </message>
    <message>
        <source>on average {points} point higher after</source>
        <translation>de media, {points} punto más después</translation>
    </message>
    <message>
        <source>on average {points} points higher after</source>
        <translation>de media, {points} puntos más después</translation>
    </message>
    <message>
        <source>{practice}: on average your pain rating was about the same after practice as before ({sessions}).</source>
        <translation>{practice}: de media, tu valoración del dolor fue más o menos la misma después de practicar que antes ({sessions}).</translation>
    </message>
    <message>
        <source>{practice}: on average your pain rating was {points} points lower after practice than before ({sessions}).</source>
        <translation>{practice}: de media, tu valoración del dolor fue {points} puntos más baja después de practicar que antes ({sessions}).</translation>
    </message>
    <message>
        <source>{practice}: on average your pain rating was {points} points higher after practice than before ({sessions}).</source>
        <translation>{practice}: de media, tu valoración del dolor fue {points} puntos más alta después de practicar que antes ({sessions}).</translation>
    </message>
    <message>
        <source>{subject}, table</source>
        <translation>{subject}, tabla</translation>
    </message>
    <message>
        <source>Body map of the period</source>
        <translation>Mapa corporal del periodo</translation>
    </message>
    <message>
        <source>Body map shows</source>
        <translation>El mapa corporal muestra</translation>
    </message>
    <message>
        <source>Show the average rating of each area over the period, or the most recent body map</source>
        <translation>Muestra la valoración media de cada zona en el periodo o el mapa corporal más reciente</translation>
    </message>
    <message>
        <source>Average over the period</source>
        <translation>Media del periodo</translation>
    </message>
    <message>
        <source>Most recent body map</source>
        <translation>Mapa corporal más reciente</translation>
    </message>
    <message>
        <source>Where it hurt in this period</source>
        <translation>Dónde dolió en este periodo</translation>
    </message>
    <message>
        <source>the body map</source>
        <translation>el mapa corporal</translation>
    </message>
    <message>
        <source>No body maps in this period.</source>
        <translation>No hay mapas corporales en este periodo.</translation>
    </message>
    <message>
        <source>The most recent body map in this period, {when}.</source>
        <translation>El mapa corporal más reciente de este periodo, del {when}.</translation>
    </message>
    <message>
        <source>It had no areas rated above 0.</source>
        <translation>No tenía ninguna zona valorada por encima de 0.</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Average body map before practice</source>
        <translation>Mapa corporal medio antes de practicar</translation>
    </message>
    <message>
        <source>Average body map after practice</source>
        <translation>Mapa corporal medio después de practicar</translation>
    </message>
    <message>
        <source>Before practice</source>
        <translation>Antes de practicar</translation>
    </message>
    <message>
        <source>After practice</source>
        <translation>Después de practicar</translation>
    </message>
    <message>
        <source>Before and after practice</source>
        <translation>Antes y después de practicar</translation>
    </message>
    <message>
        <source>the before and after maps</source>
        <translation>los mapas de antes y después</translation>
    </message>
    <message>
        <source>No sessions with a body map both before and after in this period.</source>
        <translation>No hay sesiones con mapa corporal antes y después en este periodo.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>After minus before</source>
        <translation>Después menos antes</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Pain rating</source>
        <translation>Valoración del dolor</translation>
    </message>
    <message>
        <source>Tension rating</source>
        <translation>Valoración de la tensión</translation>
    </message>
    <message>
        <source>How your ratings changed from the check-in before a session to the check-in after it, on average, for sessions with both. This describes your own records; many things in a day play a part.</source>
        <translation>Cómo cambiaron de media tus valoraciones entre el registro de antes de una sesión y el de después, en las sesiones que tienen los dos. Describe tus propios registros; en un día influyen muchas cosas.</translation>
    </message>
    <message>
        <source>No sessions with a pain rating both before and after in this period.</source>
        <translation>No hay sesiones con valoración del dolor antes y después en este periodo.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Lo que parece ayudarte</translation>
    </message>
    <message>
        <source>By routine</source>
        <translation>Por rutina</translation>
    </message>
    <message>
        <source>What seems to help, by routine</source>
        <translation>Lo que parece ayudarte, por rutina</translation>
    </message>
    <message>
        <source>Average change by routine</source>
        <translation>Cambio medio por rutina</translation>
    </message>
    <message>
        <source>By kind of practice</source>
        <translation>Por tipo de práctica</translation>
    </message>
    <message>
        <source>What seems to help, by kind of practice</source>
        <translation>Lo que parece ayudarte, por tipo de práctica</translation>
    </message>
    <message>
        <source>Average change by kind of practice</source>
        <translation>Cambio medio por tipo de práctica</translation>
    </message>
</context>
<context>
    <name>history_series</name>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Relajación muscular</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation>Escaneo corporal</translation>
    </message>
    <message>
        <source>Mixed practice</source>
        <translation>Práctica combinada</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n painful area(s) of {total}</source>
        <translation>
            <numerusform>%n zona dolorosa de {total}</numerusform>
            <numerusform>%n zonas dolorosas de {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of a day in tables and hover texts: ddd weekday, d day, MMM month, yyyy year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} y {minutes}</translation>
    </message>
    <message>
        <source>{first} to {last}: {sessions}, {checkins}.</source>
        <translation>Del {first} al {last}: {sessions}, {checkins}.</translation>
    </message>
    <message>
        <source>Only “{kind}” sessions and their check-ins are shown; stand-alone check-ins are left out.</source>
        <translation>Solo se muestran las sesiones de «{kind}» y sus registros; los registros sueltos quedan fuera.</translation>
    </message>
    <message>
        <source>Your 7-day average pain moved from {previous} to {current} ({points} points).</source>
        <translation>Tu media de dolor de 7 días pasó de {previous} a {current} ({points} puntos).</translation>
    </message>
    <message>
        <source>Your 7-day average pain moved from {previous} to {current} ({points} points, {percent}%).</source>
        <translation>Tu media de dolor de 7 días pasó de {previous} a {current} ({points} puntos, {percent} %).</translation>
    </message>
    <message>
        <source>Your 7-day average tension moved from {previous} to {current} ({points} points).</source>
        <translation>Tu media de tensión de 7 días pasó de {previous} a {current} ({points} puntos).</translation>
    </message>
    <message>
        <source>Your 7-day average tension moved from {previous} to {current} ({points} points, {percent}%).</source>
        <translation>Tu media de tensión de 7 días pasó de {previous} a {current} ({points} puntos, {percent} %).</translation>
    </message>
    <message>
        <source>pain {value} (average of the day)</source>
        <translation>dolor {value} (media del día)</translation>
    </message>
    <message>
        <source>no pain rating</source>
        <translation>sin valoración del dolor</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Dolor (0 a 10)</translation>
    </message>
    <message>
        <source>tension {value} (average of the day)</source>
        <translation>tensión {value} (media del día)</translation>
    </message>
    <message>
        <source>no tension rating</source>
        <translation>sin valoración de la tensión</translation>
    </message>
    <message>
        <source>Tension (0 to 10)</source>
        <translation>Tensión (0 a 10)</translation>
    </message>
    <message>
        <source>7-day average {value}</source>
        <translation>media de 7 días {value}</translation>
    </message>
    <message>
        <source>Average of the day</source>
        <translation>Media del día</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>after not rated</source>
        <translation>después sin valorar</translation>
    </message>
    <message>
        <source>before not rated</source>
        <translation>antes sin valorar</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>{points} points, {percent}%</source>
        <translation>{points} puntos, {percent} %</translation>
    </message>
    <message>
        <source>pain {before} before, {after} after ({change})</source>
        <translation>dolor {before} antes, {after} después ({change})</translation>
    </message>
    <message>
        <source>pain {before} before, after not rated</source>
        <translation>dolor {before} antes, después sin valorar</translation>
    </message>
    <message>
        <source>pain {after} after, before not rated</source>
        <translation>dolor {after} después, antes sin valorar</translation>
    </message>
    <message>
        <source>Before practice</source>
        <translation>Antes de practicar</translation>
    </message>
    <message>
        <source>After practice</source>
        <translation>Después de practicar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>PEG-3 score {score} (average pain {pain}, interference with enjoyment of life {enjoyment}, with general activity {activity})</source>
        <translation>puntuación PEG-3 {score} (dolor medio {pain}, interferencia con el disfrute de la vida {enjoyment}, con la actividad general {activity})</translation>
    </message>
    <message>
        <source>PEG-3 score</source>
        <translation>Puntuación PEG-3</translation>
    </message>
    <message>
        <source>Score (0 to 10)</source>
        <translation>Puntuación (0 a 10)</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Enjoyment of life</source>
        <translation>Disfrute de la vida</translation>
    </message>
    <message>
        <source>General activity</source>
        <translation>Actividad general</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Painful areas</source>
        <translation>Zonas dolorosas</translation>
    </message>
    <message>
        <source>Areas (of {total})</source>
        <translation>Zonas (de {total})</translation>
    </message>
    <message>
        <source>{area} {rating} of 10</source>
        <translation>{area}: {rating} de 10</translation>
    </message>
    <message>
        <source>Rating (0 to 10)</source>
        <translation>Valoración (0 a 10)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>{minutes} of practice, {sessions}</source>
        <translation>{minutes} de práctica, {sessions}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>{sessions} in this period, {minutes} of practice in all.</source>
        <translation>{sessions} en este periodo, {minutes} de práctica en total.</translation>
    </message>
    <message>
        <source>Most often: {practice} ({sessions}).</source>
        <translation>La más frecuente: {practice} ({sessions}).</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>Pain over time</source>
        <translation>Dolor a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Lo que parece ayudarte</translation>
    </message>
    <message>
        <source>No check-ins yet. Your history appears here after your first practice or check-in.</source>
        <translation>Aún no hay registros. Tu historial aparecerá aquí después de tu primera práctica o tu primer registro.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Choose the body area whose ratings to show</source>
        <translation>Elige la zona del cuerpo cuyas valoraciones quieres ver</translation>
    </message>
    <message>
        <source>Back to library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Go back to the routines (Esc)</source>
        <translation>Vuelve a las rutinas (Esc)</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>Demo data: this history was made up by the app for demonstration; it describes no real person.</source>
        <translation>Datos de demostración: la app ha inventado este historial como ejemplo; no describe a ninguna persona real.</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Lo que se muestra</translation>
    </message>
    <message>
        <source>History sections</source>
        <translation>Secciones del historial</translation>
    </message>
    <message>
        <source>Pain over time, body map, practice, what seems to help</source>
        <translation>Dolor a lo largo del tiempo, mapa corporal, práctica, lo que parece ayudarte</translation>
    </message>
    <message>
        <source>Pain each day</source>
        <translation>Dolor de cada día</translation>
    </message>
    <message>
        <source>daily pain</source>
        <translation>dolor diario</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Dolor antes y después de cada sesión</translation>
    </message>
    <message>
        <source>session pain</source>
        <translation>dolor por sesión</translation>
    </message>
    <message>
        <source>Tension or stress each day</source>
        <translation>Tensión o estrés de cada día</translation>
    </message>
    <message>
        <source>daily tension</source>
        <translation>tensión diaria</translation>
    </message>
    <message>
        <source>Weekly PEG-3 score</source>
        <translation>Puntuación PEG-3 semanal</translation>
    </message>
    <message>
        <source>weekly PEG-3 scores</source>
        <translation>puntuaciones PEG-3 semanales</translation>
    </message>
    <message>
        <source>No pain ratings in this period.</source>
        <translation>No hay valoraciones del dolor en este periodo.</translation>
    </message>
    <message>
        <source>No sessions with a pain rating in this period.</source>
        <translation>No hay sesiones con valoración del dolor en este periodo.</translation>
    </message>
    <message>
        <source>No tension ratings in this period.</source>
        <translation>No hay valoraciones de la tensión en este periodo.</translation>
    </message>
    <message>
        <source>No weekly PEG-3 answers in this period.</source>
        <translation>No hay respuestas semanales al PEG-3 en este periodo.</translation>
    </message>
    <message>
        <source>Number of painful areas</source>
        <translation>Número de zonas dolorosas</translation>
    </message>
    <message>
        <source>number of painful areas</source>
        <translation>número de zonas dolorosas</translation>
    </message>
    <message>
        <source>One area over time</source>
        <translation>Una zona a lo largo del tiempo</translation>
    </message>
    <message>
        <source>ratings of one area</source>
        <translation>valoraciones de una zona</translation>
    </message>
    <message>
        <source>No body maps in this period.</source>
        <translation>No hay mapas corporales en este periodo.</translation>
    </message>
    <message>
        <source>No area was rated above 0 in this period.</source>
        <translation>Ninguna zona se valoró por encima de 0 en este periodo.</translation>
    </message>
    <message>
        <source>Minutes of practice each week</source>
        <translation>Minutos de práctica por semana</translation>
    </message>
    <message>
        <source>minutes per week</source>
        <translation>minutos por semana</translation>
    </message>
    <message>
        <source>No finished sessions in this period.</source>
        <translation>No hay sesiones terminadas en este periodo.</translation>
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
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date format of a day tick</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{name}: the same numbers as the chart</source>
        <translation>{name}: los mismos números que el gráfico</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
    <message>
        <source>Show {subject} as a table</source>
        <translation>Ver {subject} como tabla</translation>
    </message>
    <message>
        <source>Show {subject} as a table of the same numbers, or as a picture again</source>
        <translation>Muestra {subject} como una tabla con los mismos números, o de nuevo como imagen</translation>
    </message>
</context>
<context>
    <name>journal_dialog</name>
    <message>
        <source>What do you notice in your body right now?</source>
        <translation>¿Qué notas ahora mismo en tu cuerpo?</translation>
    </message>
    <message>
        <source>Your words stay on this computer. Ctrl+Enter saves.</source>
        <translation>Tus palabras se quedan en este ordenador. Ctrl+Intro guarda.</translation>
    </message>
    <message>
        <source>Choose Save to keep what you wrote, or Skip to let it go.</source>
        <translation>Elige Guardar para conservar lo que escribiste, o Saltar para dejarlo ir.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Your journal entry</source>
        <translation>Tu entrada del diario</translation>
    </message>
    <message>
        <source>Write as much or as little as you like</source>
        <translation>Escribe tanto o tan poco como quieras</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Guarda esta entrada</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cierra sin guardar</translation>
    </message>
</context>
<context>
    <name>ketamine_dialog</name>
    <message>
        <source>For the next 24 hours, or until you have slept, the app keeps to lying and seated practice, without breath holds or muscle tensing. Please do not drive today, and follow your clinic&apos;s advice.</source>
        <translation>Durante las próximas 24 horas, o hasta que hayas dormido, la app se limita a prácticas tumbado o sentado, sin retener la respiración ni tensar los músculos. Por favor, no conduzcas hoy y sigue las indicaciones de tu clínica.</translation>
    </message>
    <message>
        <source>Log a ketamine-assisted session</source>
        <translation>Anotar una sesión asistida con ketamina</translation>
    </message>
    <message>
        <source>When did your session start? The app then suggests lighter practice for the next few days.</source>
        <translation>¿Cuándo empezó tu sesión? Así la app te propone prácticas más ligeras durante los próximos días.</translation>
    </message>
    <message>
        <source>Date and time the session started</source>
        <translation>Fecha y hora en que empezó la sesión</translation>
    </message>
    <message>
        <source>Date and time the session started (not in the future)</source>
        <translation>Fecha y hora en que empezó la sesión (no puede ser en el futuro)</translation>
    </message>
    <message>
        <source>Optional, e.g. session 3 of 6</source>
        <translation>Opcional, p. ej., sesión 3 de 6</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>An optional short note; it stays on this computer</source>
        <translation>Una nota breve opcional; se queda en este ordenador</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this session time</source>
        <translation>Guarda la hora de esta sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cierra sin guardar</translation>
    </message>
</context>
<context>
    <name>library_page</name>
    <message>
        <source>Choose a routine to see what it involves.</source>
        <translation>Elige una rutina para ver en qué consiste.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Empezar esta rutina</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Empezar esta rutina (Intro)</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>How long this session lasts</source>
        <translation>Cuánto dura esta sesión</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Adapted for today: {reasons}</source>
        <translation>Adaptada para hoy: {reasons}</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluida en la aplicación</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <source>Position: {positions}</source>
        <translation>Postura: {positions}</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>En qué consiste</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Ten en cuenta</translation>
    </message>
    <message>
        <source>Not offered today: {reasons}</source>
        <translation>Hoy no se ofrece: {reasons}</translation>
    </message>
    <message>
        <source>Quiet rest</source>
        <translation>Descanso en calma</translation>
    </message>
    <message>
        <source>Journal prompt</source>
        <translation>Pregunta para el diario</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Tipo de práctica</translation>
    </message>
    <message>
        <source>Show only one kind of practice</source>
        <translation>Mostrar solo un tipo de práctica</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Show only routines you can do in this position</source>
        <translation>Mostrar solo las rutinas que puedes hacer en esta postura</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Cualquier postura</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Acostada</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentada</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Cargando las rutinas…</translation>
    </message>
    <message>
        <source>Routines could not be loaded: {error}</source>
        <translation>No se han podido cargar las rutinas: {error}</translation>
    </message>
    <message>
        <source>No routine matches “{query}”.</source>
        <translation>Ninguna rutina coincide con «{query}».</translation>
    </message>
    <message>
        <source>No routines found. Routine files you add will appear here.</source>
        <translation>No se han encontrado rutinas. Los archivos de rutina que añadas aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Opening your library…</source>
        <translation>Abriendo tu biblioteca…</translation>
    </message>
</context>
<context>
    <name>movement_picture</name>
    <message>
        <source>Repetition {rep} of {reps}, right side</source>
        <translation>Repetición {rep} de {reps}, lado derecho</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}, left side</source>
        <translation>Repetición {rep} de {reps}, lado izquierdo</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}, {side} side</source>
        <translation>Repetición {rep} de {reps}, lado: {side}</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Movement picture</source>
        <translation>Imagen del movimiento</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>the whole movement</source>
        <translation>el movimiento completo</translation>
    </message>
    <message>
        <source>picture {number}</source>
        <translation>imagen {number}</translation>
    </message>
    <message>
        <source>Stop rules (paused)</source>
        <translation>Cuándo parar (en pausa)</translation>
    </message>
    <message>
        <source>Resume when you feel ready, or end the session here.</source>
        <translation>Continúa cuando quieras, o termina aquí la sesión.</translation>
    </message>
</context>
<context>
    <name>pacer_view</name>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Hold gently</source>
        <translation>Mantén con suavidad</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message numerus="yes">
        <source>{phase}, %n second(s) left</source>
        <translation>
            <numerusform>{phase}, queda %n segundo</numerusform>
            <numerusform>{phase}, quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>package_dialogs</name>
    <message>
        <source>This file was not imported</source>
        <translation>Este archivo no se ha importado</translation>
    </message>
    <message>
        <source>Somatic Player routines ({pattern})</source>
        <translation>Rutinas de Somatic Player ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Un momento, por favor</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Exporting the routine…</source>
        <translation>Exportando la rutina…</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Algo ha fallado ({error}).</translation>
    </message>
    <message>
        <source>Saved “{title}” to {path}.</source>
        <translation>Se ha guardado «{title}» en {path}.</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Rutina exportada</translation>
    </message>
    <message>
        <source>On another computer, open it in Somatic Player with Import routine, or drop the file on its window.</source>
        <translation>En otro equipo, ábrela en Somatic Player con «Importar rutina» o arrastra el archivo a su ventana.</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>La rutina no se ha exportado</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>“{name}” was not added to your library, and nothing from it was kept.</source>
        <translation>«{name}» no se ha añadido a tu biblioteca y no se ha guardado nada de él.</translation>
    </message>
    <message>
        <source>If you expected this file to work, ask whoever sent it for a new copy.</source>
        <translation>Si esperabas que este archivo funcionara, pide una copia nueva a quien te lo envió.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>The file could not be checked ({error}).</source>
        <translation>No se pudo comprobar el archivo ({error}).</translation>
    </message>
    <message>
        <source>Adding “{title}”…</source>
        <translation>Añadiendo «{title}»…</translation>
    </message>
    <message>
        <source>The routine could not be added ({error}).</source>
        <translation>No se pudo añadir la rutina ({error}).</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Rutina importada</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>La rutina no se ha importado</translation>
    </message>
    <message>
        <source>Your library was not changed.</source>
        <translation>Tu biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <source>It is in your library now.</source>
        <translation>Ya está en tu biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>Saved “{title}” with its %n recording(s) to {path}.</source>
        <translation>
            <numerusform>Se ha guardado «{title}» con %n grabación en {path}.</numerusform>
            <numerusform>Se ha guardado «{title}» con sus %n grabaciones en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is in your library now with %n recording(s).</source>
        <translation>
            <numerusform>Ya está en tu biblioteca, con %n grabación.</numerusform>
            <numerusform>Ya está en tu biblioteca, con %n grabaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its id is “{id}” (the file called it “{old_id}”).</source>
        <translation>Su ID es «{id}» (en el archivo se llamaba «{old_id}»).</translation>
    </message>
    <message>
        <source>It replaced your earlier routine with the same id.</source>
        <translation>Ha reemplazado a tu rutina anterior con el mismo ID.</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>Se ha importado «{title}».</translation>
    </message>
    <message>
        <source>This routine is already in your library</source>
        <translation>Esta rutina ya está en tu biblioteca</translation>
    </message>
    <message>
        <source>A built-in routine already uses the id “{id}”</source>
        <translation>Una rutina incluida ya usa el ID «{id}»</translation>
    </message>
    <message>
        <source>Built-in routines cannot be replaced. To keep both, import “{title}” under a new id.</source>
        <translation>Las rutinas incluidas no se pueden reemplazar. Para conservar ambas, importa «{title}» con un ID nuevo.</translation>
    </message>
    <message>
        <source>You already have a routine with the id “{id}”</source>
        <translation>Ya tienes una rutina con el ID «{id}»</translation>
    </message>
    <message>
        <source>Replace it ({file}) with “{title}” from this file, or keep both by importing this one under a new id.</source>
        <translation>Reemplázala ({file}) por «{title}» de este archivo, o conserva ambas importando esta con un ID nuevo.</translation>
    </message>
    <message>
        <source>&amp;New id</source>
        <translation>&amp;Nuevo ID</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>No importar nada</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace your routine with the one in this file</source>
        <translation>Reemplazar tu rutina por la de este archivo</translation>
    </message>
    <message>
        <source>&amp;Import as new id</source>
        <translation>&amp;Importar con un ID nuevo</translation>
    </message>
    <message>
        <source>Keep both routines</source>
        <translation>Conservar ambas rutinas</translation>
    </message>
    <message>
        <source>That id is taken; choose another.</source>
        <translation>Ese ID ya está en uso; elige otro.</translation>
    </message>
</context>
<context>
    <name>peg_dialog</name>
    <message numerus="yes">
        <source>%n to go.</source>
        <translation>
            <numerusform>Falta %n.</numerusform>
            <numerusform>Faltan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Tu semana</translation>
    </message>
    <message>
        <source>Three questions about the past seven days. Choose the number that fits best; there are no right or wrong answers.</source>
        <translation>Tres preguntas sobre los últimos siete días. Elige el número que mejor encaje; no hay respuestas correctas ni incorrectas.</translation>
    </message>
    <message>
        <source>&amp;Pain on average over the past week</source>
        <translation>Dolor &amp;promedio durante la última semana</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>as bad as you can imagine</source>
        <translation>el peor que puedas imaginar</translation>
    </message>
    <message>
        <source>How much pain got in the way of &amp;enjoying life</source>
        <translation>Cuánto ha interferido el dolor en tu &amp;disfrute de la vida</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>por completo</translation>
    </message>
    <message>
        <source>How much pain got in the way of your &amp;general activity</source>
        <translation>Cuánto ha interferido el dolor en tu &amp;actividad general</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save your answers</source>
        <translation>Guarda tus respuestas</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close without answering</source>
        <translation>Cierra sin responder</translation>
    </message>
    <message>
        <source>Score this week: {score} (the mean of the three)</source>
        <translation>Puntuación de esta semana: {score} (la media de las tres)</translation>
    </message>
</context>
<context>
    <name>player_view</name>
    <message>
        <source>Scroll caption</source>
        <translation>Desplazar el subtítulo</translation>
    </message>
    <message>
        <source>Scroll side panel</source>
        <translation>Desplazar el panel lateral</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Salida de sonido</translation>
    </message>
    <message>
        <source>Where to place your attention</source>
        <translation>Dónde poner tu atención</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Atrás</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o continuar (barra espaciadora)</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Siguiente  ›</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Slower breathing pace (minus key)</source>
        <translation>Ritmo de respiración más lento (tecla menos)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Faster breathing pace (plus key)</source>
        <translation>Ritmo de respiración más rápido (tecla más)</translation>
    </message>
    <message>
        <source>Stay at this pace</source>
        <translation>Mantener el ritmo</translation>
    </message>
    <message>
        <source>Stay at this pace: keep the pace you have reached from the next breath on (P)</source>
        <translation>Mantener el ritmo: seguir con el ritmo alcanzado a partir de la próxima respiración (P)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión ahora</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Siento mareo</translation>
    </message>
    <message>
        <source>I feel dizzy: stop the pacer and breathe naturally</source>
        <translation>Siento mareo: parar la guía de respiración y respirar con naturalidad</translation>
    </message>
    <message>
        <source>Ground me</source>
        <translation>Anclarme</translation>
    </message>
    <message>
        <source>Ground me: stop gently and show grounding guidance</source>
        <translation>Anclarme: parar con suavidad y mostrar indicaciones para volver al presente</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Show the pacer full screen on another display</source>
        <translation>Mostrar la guía de respiración a pantalla completa en otra pantalla</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Back to the routine library</source>
        <translation>Volver a la biblioteca de rutinas</translation>
    </message>
    <message>
        <source>Stop rules</source>
        <translation>Cuándo parar</translation>
    </message>
    <message>
        <source>Stop rules: pause and see when to stop moving (S)</source>
        <translation>Cuándo parar: pausar y ver cuándo dejar de moverte (S)</translation>
    </message>
    <message>
        <source>Cue sound</source>
        <translation>Sonido de las señales</translation>
    </message>
    <message>
        <source>How breathing cues sound</source>
        <translation>Cómo suenan las señales de respiración</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Palabras habladas</translation>
    </message>
    <message>
        <source>Bells</source>
        <translation>Campanas</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volumen de las señales</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>Breath tone</source>
        <translation>Tono de respiración</translation>
    </message>
    <message>
        <source>{name}, 0-100%</source>
        <translation>{name}, 0-100 %</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>{step}: shaded on the body map</source>
        <translation>{step}: sombreado en el mapa del cuerpo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Staying at {bpm} breaths a minute</source>
        <translation>Manteniendo {bpm} respiraciones por minuto</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} respiraciones por minuto</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Take a moment before you move on.</source>
        <translation>Tómate un momento antes de seguir.</translation>
    </message>
    <message>
        <source>Silent: captions only (no sound device)</source>
        <translation>Sin sonido: solo subtítulos (no hay dispositivo de sonido)</translation>
    </message>
    <message>
        <source>Sound: {engine}</source>
        <translation>Sonido: {engine}</translation>
    </message>
</context>
<context>
    <name>presentation_window</name>
    <message>
        <source>Esc leaves  ·  Space pauses  ·  ← → steps  ·  + − pace</source>
        <translation>Esc sale  ·  Espacio pausa  ·  ← → pasos  ·  + − ritmo</translation>
    </message>
    <message>
        <source>Somatic Player: presentation</source>
        <translation>Somatic Player: presentación</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
</context>
<context>
    <name>recording_panel</name>
    <message>
        <source>The step lasts {seconds} s with this recording.</source>
        <translation>Con esta grabación, el paso dura {seconds} s.</translation>
    </message>
    <message>
        <source>Fits the line&apos;s window ({window} s).</source>
        <translation>Cabe en el tiempo previsto para la frase ({window} s).</translation>
    </message>
    <message>
        <source>Longer than the line&apos;s window ({window} s) by {extra} s: the step and the routine grow by that much. Shorten the text or re-record.</source>
        <translation>Dura {extra} s más que el tiempo previsto para la frase ({window} s): el paso y la rutina se alargan eso mismo. Acorta el texto o vuelve a grabar.</translation>
    </message>
    <message>
        <source>Your voice for this line</source>
        <translation>Tu voz para esta frase</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R)</source>
        <translation>Empezar a grabar (Ctrl+R)</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Listen (Ctrl+P)</source>
        <translation>Escuchar la toma (Ctrl+P)</translation>
    </message>
    <message>
        <source>Use this recording</source>
        <translation>Usar esta grabación</translation>
    </message>
    <message>
        <source>Save the take and use it for this line</source>
        <translation>Guardar la toma y usarla para esta frase</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Quitar grabación</translation>
    </message>
    <message>
        <source>Go back to synthesized speech</source>
        <translation>Volver a la voz sintetizada</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencio</translation>
    </message>
    <message>
        <source>No microphone can be used: {reason}</source>
        <translation>No se puede usar ningún micrófono: {reason}</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>No input device was found</source>
        <translation>No se ha encontrado ningún dispositivo de entrada</translation>
    </message>
    <message>
        <source>Recording… speak the line, then press Stop (Ctrl+R or Esc).</source>
        <translation>Grabando… di la frase y luego pulsa Detener (Ctrl+R o Esc).</translation>
    </message>
    <message>
        <source>No voice was heard in that take: check the microphone and try again.</source>
        <translation>No se ha oído ninguna voz en esa toma: revisa el micrófono y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>New take: {length} s after trimming ({raw} s recorded), levelled to {loudness} dBFS (peak {peak} dBFS).</source>
        <translation>Nueva toma: {length} s después de recortarla ({raw} s grabados), nivelada a {loudness} dBFS (pico {peak} dBFS).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>No se pudo guardar la grabación: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}; this line now plays your recording.</source>
        <translation>Guardada como {name}; ahora esta frase usa tu grabación.</translation>
    </message>
    <message>
        <source>This line uses synthesized speech again.</source>
        <translation>Esta frase vuelve a usar la voz sintetizada.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Re-record</source>
        <translation>Volver a grabar</translation>
    </message>
    <message>
        <source>This line plays the recording {name}.</source>
        <translation>Esta frase usa la grabación {name}.</translation>
    </message>
    <message>
        <source>This line uses synthesized speech. Record it in your own voice?</source>
        <translation>Esta frase usa una voz sintetizada. ¿Quieres grabarla con tu propia voz?</translation>
    </message>
    <message>
        <source>Length {length} s. {fit}</source>
        <translation>Duración {length} s. {fit}</translation>
    </message>
</context>
<context>
    <name>report_charts</name>
    <message>
        <source>No data in this period.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of a day tick: d day, MMM month</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date format of a day tick</comment>
        <translation>d MMM</translation>
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
        <translation>Delante (de frente a ti)</translation>
    </message>
    <message>
        <source>Back (seen from behind)</source>
        <translation>Detrás (vista de espaldas)</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the person&apos;s right side, a body-map badge</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the person&apos;s left side, a body-map badge</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>0 none</source>
        <comment>the lowest rating on the colour scale</comment>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <comment>the highest rating on the scale</comment>
        <translation>10 el peor imaginable</translation>
    </message>
</context>
<context>
    <name>report_content</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completada</numerusform>
            <numerusform>%n completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n interrumpida antes de tiempo</numerusform>
            <numerusform>%n interrumpidas antes de tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ended</source>
        <translation>
            <numerusform>%n sin terminar</numerusform>
            <numerusform>%n sin terminar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n body map(s)</source>
        <translation>
            <numerusform>%n mapa corporal</numerusform>
            <numerusform>%n mapas corporales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different region(s)</source>
        <translation>
            <numerusform>%n región distinta</numerusform>
            <numerusform>%n regiones distintas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check(s)</source>
        <translation>
            <numerusform>%n control semanal</numerusform>
            <numerusform>%n controles semanales</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no data yet: no practice sessions, check-ins or weekly checks have been recorded.</source>
        <translation>Aún no hay datos: no se ha anotado ninguna sesión de práctica, ningún registro ni ningún control semanal.</translation>
    </message>
    <message>
        <source>There is no data in this period: no practice sessions, check-ins or weekly checks were recorded from {first} to {last}.</source>
        <translation>No hay datos en este periodo: del {first} al {last} no se anotó ninguna sesión de práctica, ningún registro ni ningún control semanal.</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>Generated {date} at {time} by Somatic Player {version}</source>
        <translation>Generado el {date} a las {time} con Somatic Player {version}</translation>
    </message>
    <message>
        <source>All figures are self-reported by the person using the app. Somatic Player is an app for relaxation, stress management and self-tracking; it is not a medical device.</source>
        <translation>Todos los datos los aporta la propia persona que usa la app. Somatic Player es una app de relajación, manejo del estrés y autoseguimiento; no es un producto sanitario.</translation>
    </message>
    <message>
        <source>Demo data: this history was made up by the app for demonstration; it describes no real person.</source>
        <translation>Datos de demostración: la app ha inventado este historial como ejemplo; no describe a ninguna persona real.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Noticeable change (7-day averages at least 2 points and 30% apart): {sentence}</source>
        <translation>Cambio apreciable (medias de 7 días separadas al menos 2 puntos y un 30 %): {sentence}</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Sesiones de práctica</translation>
    </message>
    <message>
        <source>{total} minutes ({hours} h {minutes} min)</source>
        <translation>{total} minutos ({hours} h {minutes} min)</translation>
    </message>
    <message>
        <source>; {average} minutes per session on average</source>
        <translation>; {average} minutos por sesión de media</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Tiempo de práctica</translation>
    </message>
    <message>
        <source>{answered} ({before} before practice, {after} after, {alone} on their own)</source>
        <translation>{answered} ({before} antes de practicar, {after} después, {alone} sueltos)</translation>
    </message>
    <message>
        <source>; {skipped} skipped</source>
        <translation>; {skipped} omitidos</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Pain right now (0-10)</source>
        <translation>Dolor en este momento (0-10)</translation>
    </message>
    <message>
        <source>mean {mean}, from {low} to {high}, over {checkins}</source>
        <translation>media {mean}, de {low} a {high}, en {checkins}</translation>
    </message>
    <message>
        <source>Pain before and after practice</source>
        <translation>Dolor antes y después de practicar</translation>
    </message>
    <message>
        <source>mean {before} before and {after} after ({sessions} rated both times)</source>
        <translation>media {before} antes y {after} después ({sessions} con valoración en ambos momentos)</translation>
    </message>
    <message>
        <source>Painful regions (of 74)</source>
        <translation>Regiones dolorosas (de 74)</translation>
    </message>
    <message>
        <source>{mean} per body map on average, from {low} to {high}, over {maps}; {regions} rated above 0 in the period</source>
        <translation>{mean} por mapa corporal de media, de {low} a {high}, en {maps}; {regions} valoradas por encima de 0 en el periodo</translation>
    </message>
    <message>
        <source>Latest PEG-3 (0-10)</source>
        <translation>Último PEG-3 (0-10)</translation>
    </message>
    <message>
        <source>{score} on {date} (pain {pain}, enjoyment {enjoyment}, activity {activity}); {checks} in the period</source>
        <translation>{score} el {date} (dolor {pain}, disfrute {enjoyment}, actividad {activity}); {checks} en el periodo</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>ninguno en este periodo</translation>
    </message>
    <message>
        <source>Ketamine-assisted sessions</source>
        <translation>Sesiones asistidas con ketamina</translation>
    </message>
    <message>
        <source>{count} logged: {days}</source>
        <translation>{count} anotadas: {days}</translation>
    </message>
    <message>
        <source>Pain before and after practice, by kind of practice</source>
        <translation>Dolor antes y después de practicar, por tipo de práctica</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Tipo de práctica</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Media antes</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Media después</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Diferencia media</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>interrumpida antes de tiempo</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>Practice log</source>
        <translation>Historial de prácticas</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Pain and tension are the overall 0-10 ratings of the check-ins before → after the session (– where not given).</source>
        <translation>Dolor y tensión son las valoraciones globales de 0-10 de los registros antes → después de la sesión (– si no se indicaron).</translation>
    </message>
    <message>
        <source>Journal excerpts (included at the person&apos;s request)</source>
        <translation>Extractos del diario (incluidos a petición de la persona)</translation>
    </message>
    <message>
        <source>No journal entries in this period.</source>
        <translation>No hay entradas del diario en este periodo.</translation>
    </message>
    <message>
        <source>These are private notes. They appear here only because the person chose to include them. Entries longer than {limit} characters are shortened.</source>
        <translation>Son notas privadas. Aparecen aquí solo porque la persona decidió incluirlas. Las entradas de más de {limit} caracteres se acortan.</translation>
    </message>
</context>
<context>
    <name>report_data</name>
    <message>
        <source>Practice and self-tracking summary</source>
        <translation>Resumen de práctica y autoseguimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>{first} to {last} ({days})</source>
        <translation>del {first} al {last} ({days})</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format of the report&apos;s dates: d day, MMMM month name, yyyy year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the practice log: d day, MMM short month name, yyyy year</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>report_figures</name>
    <message>
        <source>front</source>
        <translation>delante</translation>
    </message>
    <message>
        <source>back</source>
        <translation>detrás</translation>
    </message>
    <message numerus="yes">
        <source>Mean over the %n answered body map(s) of the period (0-10; a region not rated on an answered map counts as 0). Sides are the person&apos;s own: on the front view the person&apos;s right is on the left of the page.</source>
        <translation>
            <numerusform>Media sobre %n mapa corporal respondido del periodo (0-10; una región sin valorar en un mapa respondido cuenta como 0). Los lados son los de la persona: en la vista de frente, su derecha está a la izquierda de la página.</numerusform>
            <numerusform>Media sobre los %n mapas corporales respondidos del periodo (0-10; una región sin valorar en un mapa respondido cuenta como 0). Los lados son los de la persona: en la vista de frente, su derecha está a la izquierda de la página.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean per region over the %n session(s) whose before and after body maps were both answered.</source>
        <translation>
            <numerusform>Media por región en %n sesión con los mapas corporales de antes y de después respondidos.</numerusform>
            <numerusform>Media por región en las %n sesiones con los mapas corporales de antes y de después respondidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before and after: over the %n session(s) with both maps answered.</source>
        <translation>
            <numerusform>Antes y después: en %n sesión con ambos mapas respondidos.</numerusform>
            <numerusform>Antes y después: en las %n sesiones con ambos mapas respondidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>ketamine-assisted session</source>
        <translation>sesión asistida con ketamina</translation>
    </message>
    <message>
        <source>Pain right now</source>
        <translation>Dolor en este momento</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>dolor (0-10)</translation>
    </message>
    <message>
        <source>all check-ins with an overall rating</source>
        <translation>todos los registros con valoración global</translation>
    </message>
    <message>
        <source>Painful regions per body map</source>
        <translation>Regiones dolorosas por mapa corporal</translation>
    </message>
    <message>
        <source>regions above 0</source>
        <translation>regiones por encima de 0</translation>
    </message>
    <message>
        <source>of the 74 body-map regions</source>
        <translation>de las 74 regiones del mapa corporal</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>media diaria</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation>media semanal</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>media de 4 semanas</translation>
    </message>
    <message>
        <source>each session</source>
        <translation>cada sesión</translation>
    </message>
    <message>
        <source>monthly means</source>
        <translation>medias mensuales</translation>
    </message>
    <message>
        <source>weekly means</source>
        <translation>medias semanales</translation>
    </message>
    <message>
        <source>Pain before and after practice</source>
        <translation>Dolor antes y después de practicar</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Practice minutes per week</source>
        <translation>Minutos de práctica por semana</translation>
    </message>
    <message>
        <source>Practice minutes per month</source>
        <translation>Minutos de práctica por mes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>stopped sessions included</source>
        <translation>incluidas las sesiones interrumpidas</translation>
    </message>
    <message>
        <source>Body map: mean rating per region</source>
        <translation>Mapa corporal: valoración media por región</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <source>Body maps before and after practice</source>
        <translation>Mapas corporales antes y después de practicar</translation>
    </message>
    <message>
        <source>Before practice</source>
        <translation>Antes de practicar</translation>
    </message>
    <message>
        <source>After practice</source>
        <translation>Después de practicar</translation>
    </message>
    <message>
        <source>Regions with the highest mean rating</source>
        <translation>Regiones con la valoración media más alta</translation>
    </message>
    <message>
        <source>Mean and share: over all answered body maps of the period.</source>
        <translation>Media y proporción: sobre todos los mapas corporales respondidos del periodo.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Rated above 0 on</source>
        <translation>Más de 0 en</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>{percent}% of maps</source>
        <translation>{percent} % de los mapas</translation>
    </message>
</context>
<context>
    <name>report_layout</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>the PDF report needs a Qt GUI application; this one has no fonts</source>
        <translation>el informe PDF necesita una aplicación gráfica de Qt; esta no tiene fuentes</translation>
    </message>
    <message>
        <source>the PDF report must first be started from the main thread</source>
        <translation>el informe PDF debe iniciarse primero desde el hilo principal</translation>
    </message>
    <message>
        <source>the PDF report could not be started (Qt PDF writer)</source>
        <translation>no se pudo iniciar el informe PDF (generador de PDF de Qt)</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
</context>
<context>
    <name>routine_list</name>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Relajación muscular</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation>Escaneo corporal</translation>
    </message>
    <message>
        <source>Mixed practice</source>
        <translation>Práctica combinada</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>acostada</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentada</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{positions} or {last}</source>
        <translation>{positions} o {last}</translation>
    </message>
    <message>
        <source>Needs fixing before it can be played</source>
        <translation>Hay que corregirla antes de poder reproducirla</translation>
    </message>
</context>
<context>
    <name>screensaver</name>
    <message>
        <source>A practice session is playing</source>
        <translation>Hay una sesión de práctica en curso</translation>
    </message>
</context>
<context>
    <name>send_home_dialog</name>
    <message>
        <source>WAV — uncompressed, the largest file</source>
        <translation>WAV — sin comprimir, el archivo más grande</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <source>FLAC — full quality, smaller than WAV</source>
        <translation>FLAC — calidad completa, más pequeño que WAV</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>Audio FLAC (*.flac)</translation>
    </message>
    <message>
        <source>Ogg Vorbis — small; Android and most players</source>
        <translation>Ogg Vorbis — pequeño; Android y la mayoría de reproductores</translation>
    </message>
    <message>
        <source>Ogg (*.ogg)</source>
        <translation>Ogg (*.ogg)</translation>
    </message>
    <message>
        <source>MP3 — small; plays on almost every phone</source>
        <translation>MP3 — pequeño; se reproduce en casi cualquier teléfono</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Audio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>Preparing spoken guidance: line {done} of {total}…</source>
        <translation>Preparando la guía hablada: frase {done} de {total}…</translation>
    </message>
    <message>
        <source>Making the audio: {done} of {length}…</source>
        <translation>Creando el audio: {done} de {length}…</translation>
    </message>
    <message>
        <source>The spoken guidance could not be prepared ({reason}). Turn off spoken guidance to save the session with tones only.</source>
        <translation>No se pudo preparar la guía hablada ({reason}). Desactiva la guía hablada para guardar la sesión solo con tonos.</translation>
    </message>
    <message>
        <source>Somatic Player may not write in {folder}. Choose another folder.</source>
        <translation>Somatic Player no tiene permiso para escribir en {folder}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>La carpeta {folder} no existe. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for {name}.</source>
        <translation>No hay espacio suficiente en el disco para {name}.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>No se pudo escribir {name} ({reason}).</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Algo ha fallado ({error}).</translation>
    </message>
    <message>
        <source>Length: about {length}.</source>
        <translation>Duración: unos {length}.</translation>
    </message>
    <message>
        <source>Length: {length}.</source>
        <translation>Duración: {length}.</translation>
    </message>
    <message>
        <source>lying down only</source>
        <translation>solo acostado</translation>
    </message>
    <message>
        <source>seated or lying</source>
        <translation>sentado o acostado</translation>
    </message>
    <message>
        <source>left-handed</source>
        <translation>mano izquierda dominante</translation>
    </message>
    <message>
        <source>a flare day</source>
        <translation>un día de brote</translation>
    </message>
    <message numerus="yes">
        <source>%n painful area(s)</source>
        <translation>
            <numerusform>%n zona con dolor</numerusform>
            <numerusform>%n zonas con dolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed</source>
        <translation>
            <numerusform>%n paso cambiado</numerusform>
            <numerusform>%n pasos cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n sin incluir</numerusform>
            <numerusform>%n sin incluir</numerusform>
        </translation>
    </message>
    <message>
        <source>Adapted for today: {changes}.</source>
        <translation>Adaptada para hoy: {changes}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>Send home as audio</source>
        <translation>Enviar a casa como audio</translation>
    </message>
    <message>
        <source>Saves “{title}” as one audio file to play on a phone or any music player, adapted as it is set up for today.</source>
        <translation>Guarda «{title}» como un solo archivo de audio para escucharlo en un teléfono o en cualquier reproductor de música, adaptado tal como está configurado para hoy.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Archivo de audio</translation>
    </message>
    <message>
        <source>&amp;Mono (smaller file)</source>
        <translation>&amp;Mono (archivo más pequeño)</translation>
    </message>
    <message>
        <source>&amp;Stereo</source>
        <translation>&amp;Estéreo</translation>
    </message>
    <message>
        <source>Include spoken &amp;guidance</source>
        <translation>Incluir guía &amp;hablada</translation>
    </message>
    <message>
        <source>MP3 is not offered: this computer&apos;s sound library (libsndfile {version}) cannot write it; version 1.1 or newer can.</source>
        <translation>No se ofrece MP3: la biblioteca de sonido de este equipo (libsndfile {version}) no puede escribirlo; la versión 1.1 o posterior sí puede.</translation>
    </message>
    <message>
        <source>No speech engine is installed (espeak-ng or flite), so only the recorded lines are spoken.</source>
        <translation>No hay ningún motor de voz instalado (espeak-ng o flite), así que solo se oyen las frases grabadas.</translation>
    </message>
    <message>
        <source>No speech engine is installed (espeak-ng or flite), so the file holds tones and pauses only.</source>
        <translation>No hay ningún motor de voz instalado (espeak-ng o flite), así que el archivo solo tendrá tonos y pausas.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation>Elegir la carpeta y el nombre del archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the file</source>
        <translation>Mostrar el archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop; nothing is saved</source>
        <translation>Detener; no se guarda nada</translation>
    </message>
    <message>
        <source>&amp;Save audio</source>
        <translation>&amp;Guardar audio</translation>
    </message>
    <message>
        <source>Make the audio file</source>
        <translation>Crear el archivo de audio</translation>
    </message>
    <message>
        <source>This routine cannot be made as chosen. {reason}</source>
        <translation>Esta rutina no se puede crear con lo elegido. {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved. Audio file names here end in {suffixes}.</source>
        <translation>No se ha guardado nada. Aquí los nombres de archivo de audio terminan en {suffixes}.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>Empezando {name}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Save audio as</source>
        <translation>Guardar audio como</translation>
    </message>
    <message>
        <source>Saved {length} of audio to {path} ({size}).</source>
        <translation>Se han guardado {length} de audio en {path} ({size}).</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>No se ha guardado nada. {reason}</translation>
    </message>
</context>
<context>
    <name>session_controller</name>
    <message>
        <source>Let the pace go and return to natural, easy breathing. Rest for as long as you need; resume when you feel ready, or end here.</source>
        <translation>Suelta el ritmo y vuelve a una respiración natural y tranquila. Descansa todo lo que necesites; continúa cuando quieras, o termina aquí.</translation>
    </message>
    <message>
        <source>Feel your feet on the floor and the support beneath you. Look around and name three things you can see, and two things you can hear. Breathe in whatever way feels natural. You are here, and you are safe to stop.</source>
        <translation>Siente los pies en el suelo y el apoyo que te sostiene. Mira a tu alrededor y nombra tres cosas que puedas ver y dos que puedas oír. Respira como te resulte natural. Estás aquí, y no pasa nada por parar.</translation>
    </message>
    <message>
        <source>Sound is back; the session carries on.</source>
        <translation>El sonido ha vuelto; la sesión continúa.</translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>This could not be saved to your history: {error}</source>
        <translation>No se ha podido guardar en tu historial: {error}</translation>
    </message>
    <message>
        <source>Preparing spoken guidance…</source>
        <translation>Preparando la guía hablada…</translation>
    </message>
    <message>
        <source>Preparing spoken guidance</source>
        <translation>Preparando la guía hablada</translation>
    </message>
    <message>
        <source>This length does not fit</source>
        <translation>Esta duración no encaja</translation>
    </message>
    <message>
        <source>Spoken guidance is not available ({error}); captions and tones carry on.</source>
        <translation>La guía hablada no está disponible ({error}); los subtítulos y los tonos siguen funcionando.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation>¿En qué pantalla presentar?</translation>
    </message>
    <message>
        <source>Show the pacer full screen on:</source>
        <translation>Mostrar la guía de respiración a pantalla completa en:</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
</context>
<context>
    <name>session_options</name>
    <message>
        <source>in and out the same</source>
        <translation>inhalar y exhalar por igual</translation>
    </message>
    <message>
        <source>out a little longer</source>
        <translation>exhalar un poco más largo</translation>
    </message>
    <message>
        <source>out twice as long</source>
        <translation>exhalar el doble de largo</translation>
    </message>
    <message>
        <source>out more than twice as long</source>
        <translation>exhalar más del doble de largo</translation>
    </message>
    <message>
        <source>Tighten gently, then let go</source>
        <translation>Tensar con suavidad y soltar</translation>
    </message>
    <message>
        <source>Tighten each group at about half effort, never to the point of pain or cramp, then let go and notice the difference.</source>
        <translation>Tensa cada grupo con más o menos la mitad de fuerza, nunca hasta sentir dolor o un calambre; luego suelta y nota la diferencia.</translation>
    </message>
    <message>
        <source>Let go only</source>
        <translation>Solo soltar</translation>
    </message>
    <message>
        <source>No tightening at all: let each group soften and rest.</source>
        <translation>Sin tensar nada: deja que cada grupo se afloje y descanse.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Remember how each group felt as it let go, and let it go again without tightening.</source>
        <translation>Recuerda cómo sentías cada grupo al soltarlo, y suéltalo de nuevo sin tensar.</translation>
    </message>
    <message>
        <source>Cue-controlled</source>
        <translation>Con palabra clave</translation>
    </message>
    <message>
        <source>Breathe in, then think the word “relax” as you breathe out and let everything soften.</source>
        <translation>Inhala y, al exhalar, piensa la palabra «calma» y deja que todo se afloje.</translation>
    </message>
    <message>
        <source>Rapid</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <source>A short relaxation of the whole body in a few breaths, for any moment.</source>
        <translation>Una relajación breve de todo el cuerpo en unas pocas respiraciones, para cualquier momento.</translation>
    </message>
    <message>
        <source>Your breath</source>
        <translation>Tu respiración</translation>
    </message>
    <message>
        <source>Your feet</source>
        <translation>Tus pies</translation>
    </message>
    <message>
        <source>Your hands</source>
        <translation>Tus manos</translation>
    </message>
    <message>
        <source>Sounds around you</source>
        <translation>Los sonidos a tu alrededor</translation>
    </message>
    <message>
        <source>Visit them gently</source>
        <translation>Visitarlas con suavidad</translation>
    </message>
    <message>
        <source>Pass over them</source>
        <translation>Pasarlas por alto</translation>
    </message>
    <message>
        <source>{inhale} s in, {exhale} s out, {rest} s resting</source>
        <translation>{inhale} s al inhalar, {exhale} s al exhalar, {rest} s de reposo</translation>
    </message>
    <message>
        <source>{inhale} s in, {exhale} s out</source>
        <translation>{inhale} s al inhalar, {exhale} s al exhalar</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Tus opciones</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Breaths a minute to follow</source>
        <translation>Respiraciones por minuto que seguir</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Inhalar y exhalar</translation>
    </message>
    <message>
        <source>How long each out-breath is</source>
        <translation>Cuánto dura cada exhalación</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <source>&amp;In : out</source>
        <translation>&amp;Inhalar : exhalar</translation>
    </message>
    <message>
        <source>Seconds in and out</source>
        <translation>Segundos al inhalar y al exhalar</translation>
    </message>
    <message>
        <source>Measure my natural pace</source>
        <translation>Medir mi ritmo natural</translation>
    </message>
    <message>
        <source>Tap at each out-breath for up to a minute; the slowing starts from that pace</source>
        <translation>Pulsa en cada exhalación durante un minuto como mucho; la respiración irá más despacio a partir de ese ritmo</translation>
    </message>
    <message>
        <source>Starting pace</source>
        <translation>Ritmo inicial</translation>
    </message>
    <message>
        <source>Natural pace</source>
        <translation>Ritmo natural</translation>
    </message>
    <message>
        <source>Sighs</source>
        <translation>Suspiros</translation>
    </message>
    <message>
        <source>How many sighs to take</source>
        <translation>Cuántos suspiros hacer</translation>
    </message>
    <message>
        <source>Si&amp;ghs</source>
        <translation>&amp;Suspiros</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>How the muscle relaxation runs</source>
        <translation>Cómo se hace la relajación muscular</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>About this mode</source>
        <translation>Sobre este modo</translation>
    </message>
    <message>
        <source>Learning mode (each group t&amp;wice)</source>
        <translation>Modo de aprendizaje (cada grupo dos &amp;veces)</translation>
    </message>
    <message>
        <source>Go through each group twice, to learn the feeling of letting go</source>
        <translation>Recorre cada grupo dos veces para aprender la sensación de soltar</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>Una sugerencia</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancla</translation>
    </message>
    <message>
        <source>Where your attention rests, and returns to</source>
        <translation>Dónde descansa tu atención, y adónde vuelve</translation>
    </message>
    <message>
        <source>&amp;Anchor</source>
        <translation>&amp;Ancla</translation>
    </message>
    <message>
        <source>&amp;Eyes open</source>
        <translation>&amp;Ojos abiertos</translation>
    </message>
    <message>
        <source>Guidance for keeping your eyes open, with a soft, resting gaze</source>
        <translation>Indicaciones para mantener los ojos abiertos, con la mirada suave y en reposo</translation>
    </message>
    <message>
        <source>Areas that hurt today</source>
        <translation>Zonas que hoy te duelen</translation>
    </message>
    <message>
        <source>Areas rated above 0 in your latest check-in: visit them gently, or pass over them</source>
        <translation>Zonas con más de 0 en tu último registro: visitarlas con suavidad o pasarlas por alto</translation>
    </message>
    <message>
        <source>Areas that &amp;hurt</source>
        <translation>&amp;Zonas que duelen</translation>
    </message>
    <message>
        <source>Slow &amp;towards</source>
        <translation>Ir &amp;bajando hasta</translation>
    </message>
    <message>
        <source>Pace to slow towards</source>
        <translation>Ritmo al que ir bajando</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} respiraciones por minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n sigh(s)</source>
        <translation>
            <numerusform>%n suspiro</numerusform>
            <numerusform>%n suspiros</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured yet: the slowing starts at {bpm} breaths a minute.</source>
        <translation>Aún sin medir: la respiración empieza a ir más despacio desde {bpm} respiraciones por minuto.</translation>
    </message>
    <message>
        <source>Your natural pace: {bpm} breaths a minute.</source>
        <translation>Tu ritmo natural: {bpm} respiraciones por minuto.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Soft tones</source>
        <translation>Tonos suaves</translation>
    </message>
    <message>
        <source>Spoken words (“in”, “out”)</source>
        <translation>Palabras habladas («inhala», «exhala»)</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Silent (watch the guide)</source>
        <translation>Silencio (sigue la guía visual)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Lying down only</source>
        <translation>Solo acostarse</translation>
    </message>
    <message>
        <source>Lying or seated</source>
        <translation>Acostarse o sentarse</translation>
    </message>
    <message>
        <source>Lying, seated or standing</source>
        <translation>Acostarse, sentarse o estar de pie</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volumen de las señales</translation>
    </message>
    <message>
        <source>How loud the tones or bell at each change of breath are.</source>
        <translation>El volumen de los tonos o de la campana en cada cambio de respiración.</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>How loud the spoken guidance is.</source>
        <translation>El volumen de la guía hablada.</translation>
    </message>
    <message>
        <source>Breath guide volume</source>
        <translation>Volumen de la guía sonora</translation>
    </message>
    <message>
        <source>A soft sound that rises as you breathe in and falls as you breathe out. At 0 % it is off.</source>
        <translation>Un sonido suave que sube al inhalar y baja al exhalar. Al 0 % está apagado.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Dispositivo de audio</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Scroll settings</source>
        <translation>Desplazar los ajustes</translation>
    </message>
    <message>
        <source>Scroll settings sideways</source>
        <translation>Desplazar los ajustes en horizontal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Keep these settings and close</source>
        <translation>Guardar estos ajustes y cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close and go back to the settings you had before opening this window</source>
        <translation>Cerrar y volver a los ajustes que tenías antes de abrir esta ventana</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Put every setting back to how it was when the app was installed</source>
        <translation>Dejar todos los ajustes como estaban al instalar la aplicación</translation>
    </message>
    <message>
        <source>Cue style</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>The sound that marks each change between breathing in and breathing out.</source>
        <translation>El sonido que marca cada cambio entre inhalar y exhalar.</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The voice that reads the guidance aloud.</source>
        <translation>La voz que lee las indicaciones en voz alta.</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>Speaking pace</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>How fast the voice speaks. Slower is often easier to follow with eyes closed.</source>
        <translation>Lo rápido que habla la voz. Más despacio suele ser más fácil de seguir con los ojos cerrados.</translation>
    </message>
    <message>
        <source>{setting} value</source>
        <translation>{setting}: valor</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the app. High contrast uses white text on black with yellow focus.</source>
        <translation>Los colores de la aplicación. Alto contraste usa texto blanco sobre negro y marca el foco en amarillo.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Make all text in the app larger.</source>
        <translation>Agranda todo el texto de la aplicación.</translation>
    </message>
    <message>
        <source>Follow system setting</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Follow system setting (less motion)</source>
        <translation>Según el sistema (menos movimiento)</translation>
    </message>
    <message>
        <source>Follow system setting (full motion)</source>
        <translation>Según el sistema (movimiento completo)</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Movimiento completo</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Less motion keeps moving and zooming on screen to a minimum, for people who feel dizzy or unwell with on-screen movement.</source>
        <translation>Menos movimiento reduce al mínimo lo que se mueve o se amplía en pantalla, para quienes se marean o se sienten mal con el movimiento en pantalla.</translation>
    </message>
    <message>
        <source>Pulse the screen gently at each breath cue</source>
        <translation>Iluminar suavemente la pantalla con cada señal de respiración</translation>
    </message>
    <message>
        <source>For when you cannot hear the cues: a soft, brief glow over the breathing guide at each change of breath, at most once a second. With less motion, its border changes colour instead.</source>
        <translation>Por si no puedes oír las señales: un brillo suave y breve sobre la guía de respiración en cada cambio de respiración, como mucho una vez por segundo. Con «Menos movimiento», en su lugar cambia el color de su borde.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. Same as the system follows your desktop.</source>
        <translation>El idioma de los textos de la aplicación. «Igual que el sistema» sigue el idioma de tu escritorio.</translation>
    </message>
    <message>
        <source>The new language is used the next time Somatic Player starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras Somatic Player.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Where sound is played.</source>
        <translation>Por dónde sale el sonido.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Sound delay</source>
        <translation>Retraso del sonido</translation>
    </message>
    <message>
        <source>How much later the sound reaches you than the picture. Raise it if cues come after the breathing guide moves.</source>
        <translation>Cuánto más tarde te llega el sonido que la imagen. Súbelo si las señales suenan después de que se mueva la guía de respiración.</translation>
    </message>
    <message>
        <source>Sound delay in milliseconds</source>
        <translation>Retraso del sonido en milisegundos</translation>
    </message>
    <message>
        <source>For Bluetooth headphones, which play sound late: if the cues come after the breathing guide moves, raise this (often 150 to 250 ms) until they match.</source>
        <translation>Para auriculares Bluetooth, que reproducen el sonido con retraso: si las señales llegan después de que se mueva la guía de respiración, sube este valor (a menudo entre 150 y 250 ms) hasta que coincidan.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>How long a practice lasts when a routine lets you choose.</source>
        <translation>Cuánto dura una práctica cuando la rutina te deja elegir.</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <source>Dominant hand</source>
        <translation>Mano dominante</translation>
    </message>
    <message>
        <source>Exercises that name your dominant side start with this hand.</source>
        <translation>Los ejercicios que nombran tu lado dominante empiezan por esta mano.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source>Routines only ask for positions you can use; others are adapted.</source>
        <translation>Las rutinas solo te piden posturas que puedes usar; las demás se adaptan.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Integration days</source>
        <translation>Días de integración</translation>
    </message>
    <message>
        <source>How long practice stays lighter after a logged ketamine-assisted session. The first 24 hours, or until you have slept, always keep to lying or seated.</source>
        <translation>Cuánto tiempo sigue siendo más ligera la práctica después de una sesión asistida con ketamina que hayas registrado. Durante las primeras 24 horas, o hasta que hayas dormido, practica siempre acostándote o sentándote.</translation>
    </message>
    <message>
        <source>Integration days length in hours</source>
        <translation>Duración de los días de integración en horas</translation>
    </message>
    <message>
        <source>{voice} (not found)</source>
        <translation>{voice} (no encontrada)</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (no conectado)</translation>
    </message>
</context>
<context>
    <name>store_recovery</name>
    <message>
        <source>Your practice history cannot be saved</source>
        <translation>Tu historial de práctica no se puede guardar</translation>
    </message>
    <message>
        <source>Your history file could not be read</source>
        <translation>No se pudo leer tu archivo de historial</translation>
    </message>
    <message>
        <source>{error}

Practice still works; check-ins will not be kept this time.</source>
        <translation>{error}

Puedes practicar igualmente; esta vez los registros no se guardarán.</translation>
    </message>
    <message>
        <source>Somatic Player could not read your history file, so it has been moved aside, unchanged, as:
{path}

A new, empty history has been started: practice and check-ins work as usual.</source>
        <translation>Somatic Player no pudo leer tu archivo de historial, así que lo ha apartado, sin cambios, como:
{path}

Se ha empezado un historial nuevo y vacío: la práctica y los registros funcionan como siempre.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Your latest backup is {name}, saved {date} at {time}. Restore your history from it?</source>
        <translation>Tu copia de seguridad más reciente es {name}, guardada el {date} a las {time}. ¿Quieres restaurar tu historial desde ella?</translation>
    </message>
    <message>
        <source>No backup was found in {folder}. If you saved one somewhere else, choose it to restore your history.</source>
        <translation>No se encontró ninguna copia de seguridad en {folder}. Si guardaste una en otro sitio, elígela para restaurar tu historial.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Elegir otra copia…</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia…</translation>
    </message>
    <message>
        <source>Keep the new history</source>
        <translation>Quedarme con el historial nuevo</translation>
    </message>
</context>
<context>
    <name>tap_tempo</name>
    <message>
        <source>You could try again, with one tap each time you breathe out.</source>
        <translation>Puedes intentarlo de nuevo, con una pulsación cada vez que exhales.</translation>
    </message>
    <message>
        <source>There were too few taps to tell your pace. {again}</source>
        <translation>Hubo muy pocas pulsaciones para saber tu ritmo. {again}</translation>
    </message>
    <message>
        <source>That came to {bpm} breaths a minute, quicker than breathing usually goes: perhaps some taps came twice. No problem. {again}</source>
        <translation>Salen {bpm} respiraciones por minuto, más rápido de lo que suele ir la respiración: quizá algunas pulsaciones se contaron dos veces. No pasa nada. {again}</translation>
    </message>
    <message>
        <source>That came to under {bpm} breaths a minute: perhaps some out-breaths went untapped. No problem. {again}</source>
        <translation>Salen menos de {bpm} respiraciones por minuto: quizá algunas exhalaciones se quedaron sin pulsar. No pasa nada. {again}</translation>
    </message>
    <message>
        <source>Your natural pace came to {bpm} breaths a minute. The slowing will start from {start}, its quickest starting pace, and ease down from there.</source>
        <translation>Tu ritmo natural es de {bpm} respiraciones por minuto. La respiración empezará a ir más despacio desde {start}, su ritmo inicial más rápido, y desde ahí bajará poco a poco.</translation>
    </message>
    <message>
        <source>Your natural pace: {bpm} breaths a minute.</source>
        <translation>Tu ritmo natural: {bpm} respiraciones por minuto.</translation>
    </message>
    <message>
        <source>Measure my natural pace</source>
        <translation>Medir mi ritmo natural</translation>
    </message>
    <message>
        <source>Your natural pace</source>
        <translation>Tu ritmo natural</translation>
    </message>
    <message>
        <source>Breathe just as you are, without changing anything. Each time you breathe out, press Space or the big button. A minute is plenty; you can finish sooner.</source>
        <translation>Respira tal como estás, sin cambiar nada. Cada vez que exhales, pulsa la barra espaciadora o el botón grande. Con un minuto basta; puedes terminar antes.</translation>
    </message>
    <message>
        <source>Tap as you breathe out</source>
        <translation>Pulsa al exhalar</translation>
    </message>
    <message>
        <source>Tap each time you breathe out (Space)</source>
        <translation>Pulsa cada vez que exhales (barra espaciadora)</translation>
    </message>
    <message>
        <source>Taps so far</source>
        <translation>Pulsaciones hasta ahora</translation>
    </message>
    <message>
        <source>Pace so far</source>
        <translation>Ritmo hasta ahora</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Use this pace</source>
        <translation>Usar este ritmo</translation>
    </message>
    <message>
        <source>Start the slowing from this pace</source>
        <translation>Empezar a ir más despacio desde este ritmo</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Clear the taps</source>
        <translation>Borrar las pulsaciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without measuring</source>
        <translation>Cerrar sin medir</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminar ya</translation>
    </message>
    <message>
        <source>Work out the pace now</source>
        <translation>Calcular el ritmo ahora</translation>
    </message>
    <message>
        <source>Taps: {count}</source>
        <translation>Pulsaciones: {count}</translation>
    </message>
    <message>
        <source>About {bpm} a minute</source>
        <translation>Unas {bpm} por minuto</translation>
    </message>
    <message>
        <source>Pace: after two taps</source>
        <translation>Ritmo: tras dos pulsaciones</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>quedan {seconds} s</translation>
    </message>
    <message>
        <source>Begins at the first tap</source>
        <translation>Empieza con la primera pulsación</translation>
    </message>
</context>
<context>
    <name>today_cards</name>
    <message>
        <source>That is a repetition or two more per exercise, no more.</source>
        <translation>Eso es una o dos repeticiones más por ejercicio, no más.</translation>
    </message>
    <message>
        <source>That is a repetition or two fewer per exercise.</source>
        <translation>Eso es una o dos repeticiones menos por ejercicio.</translation>
    </message>
    <message>
        <source>Please do not drive today and follow your clinic&apos;s advice.</source>
        <translation>Por favor, no conduzcas hoy y sigue las indicaciones de tu clínica.</translation>
    </message>
    <message>
        <source>Rest and letting go</source>
        <translation>Descansar y soltar</translation>
    </message>
    <message>
        <source>For the first 24 hours, or until you have slept: lying or seated practice only, no breath holds, letting go without tightening, and body scans of up to 10 minutes.</source>
        <translation>Durante las primeras 24 horas, o hasta que hayas dormido: solo prácticas tumbado o sentado, sin retener la respiración, soltando sin tensar antes, y escaneos corporales de hasta 10 minutos.</translation>
    </message>
    <message>
        <source>Gentle and easy</source>
        <translation>Suave y tranquilo</translation>
    </message>
    <message>
        <source>Short, gentle practice, lying or seated, whenever it suits you.</source>
        <translation>Prácticas cortas y suaves, tumbado o sentado, cuando mejor te venga.</translation>
    </message>
    <message>
        <source>A little more choice</source>
        <translation>Un poco más donde elegir</translation>
    </message>
    <message>
        <source>Choose what feels right today. Everything here is optional.</source>
        <translation>Elige lo que hoy te siente bien. Todo es opcional.</translation>
    </message>
    <message>
        <source>Easy pace breathing</source>
        <translation>Respiración a ritmo tranquilo</translation>
    </message>
    <message>
        <source>Slow, easy breathing with a longer out-breath, lying or seated, no holds.</source>
        <translation>Respiración lenta y tranquila, con la exhalación más larga, tumbado o sentado, sin retener el aire.</translation>
    </message>
    <message>
        <source>Letting go, seven groups</source>
        <translation>Soltar, siete grupos</translation>
    </message>
    <message>
        <source>Muscle relaxation with letting go only: nothing is tightened today.</source>
        <translation>Relajación muscular solo soltando: hoy no se tensa nada.</translation>
    </message>
    <message>
        <source>Muscle relaxation, seven groups</source>
        <translation>Relajación muscular, siete grupos</translation>
    </message>
    <message>
        <source>Gentle muscle relaxation, at about half effort and never to the point of pain.</source>
        <translation>Relajación muscular suave, con la mitad de esfuerzo más o menos y nunca hasta sentir dolor.</translation>
    </message>
    <message>
        <source>Body scan, 3 minutes</source>
        <translation>Escaneo corporal, 3 minutos</translation>
    </message>
    <message>
        <source>A short body scan, lying or seated.</source>
        <translation>Un escaneo corporal corto, tumbado o sentado.</translation>
    </message>
    <message>
        <source>Body scan, 10 minutes</source>
        <translation>Escaneo corporal, 10 minutos</translation>
    </message>
    <message>
        <source>A body scan, lying or seated.</source>
        <translation>Un escaneo corporal, tumbado o sentado.</translation>
    </message>
    <message>
        <source>Body scan, 20 minutes</source>
        <translation>Escaneo corporal, 20 minutos</translation>
    </message>
    <message>
        <source>A longer body scan, if you would like one.</source>
        <translation>Un escaneo corporal más largo, si te apetece.</translation>
    </message>
    <message>
        <source>Gentle movement, lying</source>
        <translation>Movimiento suave, tumbado</translation>
    </message>
    <message>
        <source>Small movements lying down.</source>
        <translation>Pequeños movimientos, tumbado.</translation>
    </message>
    <message>
        <source>Gentle movement, seated</source>
        <translation>Movimiento suave, sentado</translation>
    </message>
    <message>
        <source>Small movements in a chair.</source>
        <translation>Pequeños movimientos en una silla.</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <translation>Suspiro cíclico</translation>
    </message>
    <message>
        <source>Two easy breaths in through the nose and a long, slow breath out.</source>
        <translation>Dos inhalaciones suaves por la nariz y una exhalación larga y lenta.</translation>
    </message>
    <message>
        <source>Pain reached {highest}/10 during the session, so next time goes back one level.</source>
        <translation>El dolor llegó a {highest}/10 durante la sesión, así que la próxima vez bajará un nivel.</translation>
    </message>
    <message>
        <source>Without both ratings we can&apos;t tell how it settled: stay at this level.</source>
        <translation>Sin las dos valoraciones no podemos saber cómo se asentó: sigues en este nivel.</translation>
    </message>
    <message>
        <source>Pain is {rise} points higher than before the session, so next time goes back one level.</source>
        <translation>El dolor está {rise} puntos más alto que antes de la sesión, así que la próxima vez bajará un nivel.</translation>
    </message>
    <message>
        <source>Pain is still a little up from before the session: stay at this level.</source>
        <translation>El dolor sigue un poco más alto que antes de la sesión: sigues en este nivel.</translation>
    </message>
    <message>
        <source>Pain settled back to where it was: next time may go up one level.</source>
        <translation>El dolor ha vuelto a donde estaba: la próxima vez puede subir un nivel.</translation>
    </message>
    <message numerus="yes">
        <source>You felt dizzy %n times in the past week while practising.</source>
        <translation>
            <numerusform>Te mareaste %n vez durante la práctica en la última semana.</numerusform>
            <numerusform>Te mareaste %n veces durante la práctica en la última semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd H:mm</source>
        <translation>dddd H:mm</translation>
    </message>
    <message>
        <source>Start now. {note}</source>
        <translation>Empezar ahora. {note}</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Empezar {name}</translation>
    </message>
    <message>
        <source>Integration days</source>
        <translation>Días de integración</translation>
    </message>
    <message>
        <source>Plan for the next days</source>
        <translation>Plan para los próximos días</translation>
    </message>
    <message>
        <source>Show or hide what each of the integration days suggests</source>
        <translation>Muestra u oculta lo que propone cada uno de los días de integración</translation>
    </message>
    <message>
        <source>I have slept since my session</source>
        <translation>He dormido desde mi sesión</translation>
    </message>
    <message>
        <source>Tell the app you have had a night&apos;s sleep since your session: the first day&apos;s limits then lift, earlier than 24 hours.</source>
        <translation>Dile a la app que has dormido una noche desde tu sesión: así los límites del primer día se levantan antes de las 24 horas.</translation>
    </message>
    <message>
        <source>Integration day {day} of {total}</source>
        <translation>Día de integración {day} de {total}</translation>
    </message>
    <message>
        <source>{heading}, until {when}</source>
        <translation>{heading}, hasta el {when}</translation>
    </message>
    <message>
        <source>You have slept since your session, so the first day&apos;s limits have lifted.</source>
        <translation>Has dormido desde tu sesión, así que los límites del primer día ya no se aplican.</translation>
    </message>
    <message>
        <source>Day {number} (today)</source>
        <translation>Día {number} (hoy)</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Día {number}</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}: {heading}.</source>
        <translation>{day}, del {start} al {end}: {heading}.</translation>
    </message>
    <message>
        <source>Slow, easy breathing with a longer out-breath.</source>
        <translation>Respiración lenta y tranquila, con la exhalación más larga.</translation>
    </message>
    <message>
        <source>Muscle relaxation with letting go only.</source>
        <translation>Relajación muscular solo soltando.</translation>
    </message>
    <message>
        <source>Very gentle movement</source>
        <translation>Movimiento muy suave</translation>
    </message>
    <message>
        <source>A few small movements lying or seated, if you feel like moving.</source>
        <translation>Unos pocos movimientos pequeños, tumbado o sentado, si te apetece moverte.</translation>
    </message>
    <message>
        <source>Flare day</source>
        <translation>Día de brote</translation>
    </message>
    <message>
        <source>Go gently today. Movement is halved and kept to lying or seated, and muscle relaxation lets go without tightening. Easy breathing may feel kind.</source>
        <translation>Hoy, con calma. El movimiento se reduce a la mitad y se hace tumbado o sentado, y la relajación muscular suelta sin tensar. Una respiración tranquila puede sentarte bien.</translation>
    </message>
    <message>
        <source>Feeling light-headed</source>
        <translation>Sensación de mareo</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Ocultar esta nota</translation>
    </message>
    <message>
        <source>Put this note away until it happens again</source>
        <translation>Oculta esta nota hasta que vuelva a pasar</translation>
    </message>
    <message>
        <source>You felt dizzy once in the past week while practising.</source>
        <translation>Te mareaste una vez durante la práctica en la última semana.</translation>
    </message>
    <message>
        <source>You felt dizzy twice in the past week while practising.</source>
        <translation>Te mareaste dos veces durante la práctica en la última semana.</translation>
    </message>
    <message>
        <source>That is common when slowing the breath. A slightly faster pace and shorter sessions may feel easier, with smaller, softer breaths. You can stop and breathe naturally at any time.</source>
        <translation>Es algo habitual al hacer la respiración más lenta. Un ritmo un poco más rápido y sesiones más cortas pueden resultarte más fáciles, con respiraciones más pequeñas y suaves. Puedes parar y respirar con naturalidad en cualquier momento.</translation>
    </message>
    <message>
        <source>After yesterday&apos;s movement</source>
        <translation>Después del movimiento de ayer</translation>
    </message>
    <message>
        <source>How is your body this morning compared with before yesterday&apos;s movement?</source>
        <translation>¿Cómo está tu cuerpo esta mañana, comparado con antes del movimiento de ayer?</translation>
    </message>
    <message>
        <source>Your answer decides whether the next movement session steps up, stays the same or steps back, one step at most.</source>
        <translation>Tu respuesta decide si la próxima sesión de movimiento sube, se queda igual o baja, como mucho un paso.</translation>
    </message>
    <message>
        <source>&amp;Pain right now</source>
        <translation>&amp;Dolor ahora mismo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>lo peor imaginable</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save your answer</source>
        <translation>Guarda tu respuesta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip: the next session stays at the same level</source>
        <translation>Saltar: la próxima sesión se queda en el mismo nivel</translation>
    </message>
    <message>
        <source>Your next movement session</source>
        <translation>Tu próxima sesión de movimiento</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Put this note away</source>
        <translation>Oculta esta nota</translation>
    </message>
    <message>
        <source>Put the movement note away</source>
        <translation>Ocultar la nota sobre el movimiento</translation>
    </message>
    <message>
        <source>You are at the starting level, so it stays there.</source>
        <translation>Estás en el nivel inicial, así que se queda ahí.</translation>
    </message>
</context>
<context>
    <name>today_controller</name>
    <message>
        <source>Flare day</source>
        <translation>Día de brote</translation>
    </message>
    <message>
        <source>{what} could not be saved: there is no usable history.</source>
        <translation>{what}: no se pudo guardar, porque no hay un historial que se pueda usar.</translation>
    </message>
    <message>
        <source>{what} could not be saved ({error}).</source>
        <translation>{what}: no se pudo guardar ({error}).</translation>
    </message>
    <message>
        <source>The flare day</source>
        <translation>El día de brote</translation>
    </message>
    <message>
        <source>Your night&apos;s sleep</source>
        <translation>Tu noche de sueño</translation>
    </message>
    <message>
        <source>The dizzy report</source>
        <translation>El aviso de mareo</translation>
    </message>
    <message>
        <source>The movement session</source>
        <translation>La sesión de movimiento</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Hiding the note</source>
        <translation>Ocultar la nota</translation>
    </message>
</context>
<context>
    <name>today_panel</name>
    <message>
        <source>Having a flare today? Switch this on for gentler practice today: movement is halved and kept to lying or seated, muscle relaxation lets go without tightening.</source>
        <translation>¿Tienes un brote hoy? Actívalo para practicar con más suavidad hoy: el movimiento se reduce a la mitad y se hace tumbado o sentado, y la relajación muscular suelta sin tensar.</translation>
    </message>
    <message>
        <source>Flare day is on for today. Press to switch it off.</source>
        <translation>El día de brote está activado para hoy. Pulsa para desactivarlo.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Flare day</source>
        <translation>Día de brote</translation>
    </message>
    <message>
        <source>Scroll today&apos;s notes</source>
        <translation>Desplazar las notas de hoy</translation>
    </message>
</context>
<context>
    <name>tracking_actions</name>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Rate your pain and tension now, any time</source>
        <translation>Valora tu dolor y tu tensión ahora, en cualquier momento</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your check-ins and practice over time</source>
        <translation>Tus registros y tu práctica a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Weekly check…</source>
        <translation>Revisión semanal…</translation>
    </message>
    <message>
        <source>Three questions about the past week</source>
        <translation>Tres preguntas sobre la última semana</translation>
    </message>
    <message>
        <source>Log a ketamine-assisted session…</source>
        <translation>Anotar una sesión asistida con ketamina…</translation>
    </message>
    <message>
        <source>Note when a session took place, so practice stays light for the next days</source>
        <translation>Anota cuándo fue una sesión, para que la práctica sea ligera los próximos días</translation>
    </message>
    <message>
        <source>Breath-hold questions…</source>
        <translation>Preguntas sobre retener la respiración…</translation>
    </message>
    <message>
        <source>Answer the questions that decide whether practices with held breaths are offered</source>
        <translation>Responde a las preguntas que deciden si se ofrecen prácticas en las que se retiene la respiración</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Nueva rutina…</translation>
    </message>
    <message>
        <source>Build a routine of your own</source>
        <translation>Crea una rutina a tu medida</translation>
    </message>
    <message>
        <source>Edit this routine…</source>
        <translation>Editar esta rutina…</translation>
    </message>
    <message>
        <source>Change the chosen routine (a built-in one is copied first)</source>
        <translation>Cambia la rutina elegida (si es una de las incluidas, primero se hace una copia)</translation>
    </message>
    <message>
        <source>Send home as audio…</source>
        <translation>Llevar a casa como audio…</translation>
    </message>
    <message>
        <source>Save the chosen routine, adapted for today, as an audio file</source>
        <translation>Guarda la rutina elegida, adaptada a hoy, como archivo de audio</translation>
    </message>
    <message>
        <source>Save routine as a file…</source>
        <translation>Guardar la rutina como archivo…</translation>
    </message>
    <message>
        <source>A .somatic file to hand over (with any recordings)</source>
        <translation>Un archivo .somatic para compartir (con las grabaciones que tenga)</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Abrir un archivo de rutina…</translation>
    </message>
    <message>
        <source>Add a .somatic routine file to your library (files can also be dropped here)</source>
        <translation>Añade un archivo de rutina .somatic a tu biblioteca (también puedes arrastrar archivos aquí)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save your history as a PDF report, CSV or FHIR</source>
        <translation>Guarda tu historial como informe PDF, CSV o FHIR</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Hacer una copia de seguridad…</translation>
    </message>
    <message>
        <source>Save a copy of your whole history</source>
        <translation>Guarda una copia de todo tu historial</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace your history with a backup you saved</source>
        <translation>Sustituye tu historial por una copia de seguridad que guardaste</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Borrar todos mis datos…</translation>
    </message>
    <message>
        <source>Remove every check-in, session and journal entry</source>
        <translation>Borra todos los registros, sesiones y entradas del diario</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Weekly check, ketamine-assisted sessions and your data</source>
        <translation>Revisión semanal, sesiones asistidas con ketamina y tus datos</translation>
    </message>
    <message>
        <source>Weekly check saved (score {score}).</source>
        <translation>Revisión semanal guardada (puntuación {score}).</translation>
    </message>
    <message>
        <source>Session time saved. Practice stays light for the next days.</source>
        <translation>Hora de la sesión guardada. La práctica será ligera los próximos días.</translation>
    </message>
    <message>
        <source>Practices with breath holds are now in the library.</source>
        <translation>Las prácticas con retención de la respiración ya están en la biblioteca.</translation>
    </message>
    <message>
        <source>Practices with breath holds stay hidden.</source>
        <translation>Las prácticas con retención de la respiración siguen ocultas.</translation>
    </message>
    <message>
        <source>All your data was deleted from this computer.</source>
        <translation>Todos tus datos se han borrado de este ordenador.</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Sin historial</translation>
    </message>
    <message>
        <source>There is no usable history on this computer.</source>
        <translation>No hay un historial que se pueda usar en este ordenador.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>there is no usable history on this computer</source>
        <translation>no hay un historial que se pueda usar en este ordenador</translation>
    </message>
</context>
</TS>
