<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../tracker/ui/alerts/wording.py" line="+24"/>
        <source>Call {number} now for {name}</source>
        <translation>Llama ahora al {number} por {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the 24-hour line now for {name}</source>
        <translation>Llama ahora a la línea de 24 horas por {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {name}&apos;s team today</source>
        <translation>Contacta hoy con el equipo de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell {name}&apos;s team at the next appointment</source>
        <translation>Cuéntaselo al equipo de {name} en la próxima cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {number} now</source>
        <translation>Llama ahora al {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call your 24-hour line now</source>
        <translation>Llama ahora a tu línea de 24 horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact your team today</source>
        <translation>Contacta hoy con tu equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your team at your next appointment</source>
        <translation>Cuéntaselo a tu equipo en tu próxima cita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This could be an emergency. Call {number} for an ambulance now. When you can, tell the 24-hour line as well.</source>
        <translation>Esto podría ser una emergencia. Llama ahora al {number} para pedir una ambulancia. Cuando puedas, avisa también a la línea de 24 horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call now, day or night. Do not wait until morning or for the next appointment.</source>
        <translation>Llama ahora, de día o de noche. No esperes a la mañana ni a la próxima cita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the team or the 24-hour line today. If it gets worse, call the 24-hour line at once.</source>
        <translation>Llama hoy al equipo o a la línea de 24 horas. Si empeora, llama de inmediato a la línea de 24 horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no need to call for this alone. If it gets worse or worries you, contact the team sooner.</source>
        <translation>No hace falta llamar solo por esto. Si empeora o te preocupa, contacta antes con el equipo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency: {number}</source>
        <translation>Emergencias: {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24-hour line</source>
        <translation>línea de 24 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{line}: {phone}</source>
        <translation>{line}: {phone}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {source} (a clinical guideline beyond our five documents)</source>
        <translation>Fuente: {source} (una guía clínica que no está entre nuestros cinco documentos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is stopping you doing things</source>
        <translation>te impide hacer cosas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is worse than last time</source>
        <translation>está peor que la última vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More urgent because {reasons}.</source>
        <translation>Más urgente porque {reasons}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{word} (patient-reported)</source>
        <translation>{word} (valoración propia)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your team: {contacts}</source>
        <translation>Tu equipo: {contacts}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/alerts/card.py" line="+85"/>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then: {line}</source>
        <translation>Después: {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 24-hour line&apos;s number is not set yet: add it in Settings, Care team and alerts. Until then, use the number your team gave you.</source>
        <translation>El número de la línea de 24 horas aún no está puesto: añádelo en Ajustes, Equipo de atención y avisos. Mientras tanto, usa el número que te dio tu equipo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged for {when}</source>
        <translation>Anotación del {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app does not give medical advice; your team decides what to do.</source>
        <translation>Esta aplicación no da consejos médicos; tu equipo decide qué hacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done, dismiss</source>
        <translation>Hecho, cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this alert</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to report</source>
        <translation>Qué contar al equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the number</source>
        <translation>Añadir el número</translation>
    </message>
    <message>
        <location filename="../tracker/ui/alerts/banner.py" line="+128"/>
        <source>Alert dismissed.</source>
        <extracomment>Keys of the cards on screen, so a refresh announces only cards that are new.</extracomment>
        <translation>Aviso cerrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Alerts could not be checked just now. If you feel unwell, or are not sure, call your 24-hour line or your team now. Do not wait for the app.</source>
        <translation>Ahora mismo no se han podido revisar los avisos. Si te encuentras mal, o tienes dudas, llama ya a tu línea de 24 horas o a tu equipo. No esperes a la aplicación.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/commands.py" line="+63"/>
        <source>Delete entry</source>
        <translation>Borrar anotación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore entry</source>
        <translation>Recuperar anotación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add entry</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit entry</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/controller.py" line="+107"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Question for your next appointment</source>
        <translation>Pregunta para tu próxima cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+67"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/describe.py" line="+54"/>
        <source>at {place}</source>
        <translation>en {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Temperature {value} {unit}</source>
        <translation>Temperatura {value} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight {value} {unit}</source>
        <translation>Peso {value} {unit}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in: {text}</source>
        <translation>Repaso semanal: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(report&apos;s range {low} to {high})</source>
        <translation>(rango del informe: {low} a {high})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no result recorded yet</source>
        <translation>aún no hay resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asked</source>
        <translation>preguntada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to ask</source>
        <translation>por preguntar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{drug}: {status}</source>
        <translation>{drug}: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(filled in afterwards)</source>
        <translation>(anotada después)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} – {site}, treatment {n} of {count}</source>
        <translation>{what} – {site}, sesión {n} de {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} – {site}</source>
        <translation>{what} – {site}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ratings are patient-reported.</source>
        <translation>Las valoraciones son propias: las da la persona en tratamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted (kept in history).</source>
        <translation>Borrado (se guarda en el historial).</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/words.py" line="+41"/>
        <source>By mouth</source>
        <translation>Por boca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drip into a vein</source>
        <translation>Gotero en la vena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection under the skin</source>
        <translation>Inyección bajo la piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection into a muscle</source>
        <translation>Inyección en el músculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implant under the skin</source>
        <translation>Implante bajo la piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tablets</source>
        <translation>Pastillas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drip</source>
        <translation>Gotero</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implant</source>
        <translation>Implante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every {n} weeks</source>
        <translation>cada {n} semanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every {n} months</source>
        <translation>cada {n} meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every {n} days</source>
        <translation>cada {n} días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a}–{b}</source>
        <translation>{a}–{b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day {days}</source>
        <translation>día {days}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days {days}</source>
        <translation>días {days}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} times a day</source>
        <translation>{n} veces al día</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>The schedule is not complete yet.</source>
        <translation>La pauta aún no está completa.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{form} every day</source>
        <translation>{form} todos los días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} {every}</source>
        <translation>{form} {every}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} once a week</source>
        <translation>{form} una vez a la semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} on {days} of every {length}-day cycle</source>
        <translation>{form} los {days} de cada ciclo de {length} días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{form}: a first (loading) dose, then {every}</source>
        <translation>{form}: una primera dosis (de carga) y después {every}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{form} on {days}, then {every}</source>
        <translation>{form} los {days} y después {every}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{form} {first} for {count}, then {then}</source>
        <translation>{form} {first} durante {count}, después {then}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dose</source>
        <translation>1 dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} doses</source>
        <translation>{n} dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{form} on {dates}</source>
        <translation>{form} el {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dose} {times} for {days}</source>
        <translation>{dose} {times} durante {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{form} stepping down: {steps} ({total} in all)</source>
        <translation>{form} en pauta descendente: {steps} ({total} en total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, then </source>
        <translation>, después </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{form} {times}, every day</source>
        <translation>{form} {times}, todos los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}, {times}</source>
        <translation>{sentence}, {times}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Procedure or operation</source>
        <translation>Procedimiento u operación</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Surgery (an operation)</source>
        <translation>Cirugía (una operación)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>A procedure</source>
        <translation>Un procedimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draining fluid from around a lung (pleural drain)</source>
        <translation>Drenar líquido de alrededor de un pulmón (drenaje pleural)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draining fluid from the abdomen (ascitic drain)</source>
        <translation>Drenar líquido del abdomen (drenaje de ascitis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cement to strengthen a bone in the spine (vertebroplasty)</source>
        <translation>Cemento para reforzar un hueso de la columna (vertebroplastia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroying a tumour with heat or cold (ablation)</source>
        <translation>Destruir un tumor con calor o frío (ablación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Another procedure</source>
        <translation>Otro procedimiento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>spine</source>
        <translation>columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pelvis</source>
        <translation>pelvis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ribs</source>
        <translation>costillas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shoulder</source>
        <translation>hombro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thigh bone</source>
        <translation>fémur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brain</source>
        <translation>cerebro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liver</source>
        <translation>hígado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lung</source>
        <translation>pulmón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chest wall</source>
        <translation>pared torácica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breast</source>
        <translation>mama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skin</source>
        <translation>piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lymph nodes</source>
        <translation>ganglios linfáticos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>abdomen</source>
        <translation>abdomen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pain relief</source>
        <translation>aliviar el dolor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>control the cancer in this place</source>
        <translation>controlar el cáncer en esta zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prevent a fracture</source>
        <translation>prevenir una fractura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieve pressure on the spinal cord</source>
        <translation>aliviar la presión sobre la médula espinal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relieve breathlessness</source>
        <translation>aliviar la falta de aire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shrink the tumour</source>
        <translation>reducir el tumor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} – {site}, {day}</source>
        <translation>{what} – {site}, {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} – {site}: {count}, {start} to {end}</source>
        <translation>{what} – {site}: {count}, del {start} al {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 treatment</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} treatments</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <location filename="../tracker/render/report_strings.py" line="+40"/>
        <location filename="../tracker/ui/plan/words.py" line="-90"/>
        <source>Cycle {cycle}, day {day} of {length}</source>
        <translation>Ciclo {cycle}, día {day} de {length}</translation>
    </message>
    <message>
        <location filename="../tracker/render/chart_labels.py" line="+45"/>
        <source>{symptom} (how often)</source>
        <translation>{symptom} (frecuencia)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{symptom} (effect on daily life)</source>
        <translation>{symptom} (efecto en la vida diaria)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <location filename="../tracker/render/report_strings.py" line="+54"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-34"/>
        <location filename="../tracker/render/report_strings.py" line="+3"/>
        <source>Symptoms (patient-reported)</source>
        <translation>Síntomas (valoración propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms (patient-reported), highest rating each week</source>
        <translation>Síntomas (valoración propia), la más alta de cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient-reported rating</source>
        <translation>Valoración propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 None</source>
        <translation>0 Nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Mild</source>
        <translation>1 Leve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Moderate</source>
        <translation>2 Moderado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Severe</source>
        <translation>3 Intenso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Very severe</source>
        <translation>4 Muy intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="-60"/>
        <source>Line {number}: {name}</source>
        <translation>Línea {number}: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L{number}</source>
        <translation>L{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle starts</source>
        <translation>Inicio de cada ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="+32"/>
        <location filename="../tracker/ui/plan/words.py" line="+20"/>
        <location line="+25"/>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation or procedure</source>
        <translation>Operación o procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="+35"/>
        <source>Temperature and weight</source>
        <translation>Temperatura y peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour markers</source>
        <translation>Marcadores tumorales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood counts</source>
        <translation>Recuentos sanguíneos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other blood tests</source>
        <translation>Otros análisis de sangre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/render/report_strings.py" line="+5"/>
        <source>Reference range</source>
        <translation>Rango de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose calendar</source>
        <translation>Calendario de dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../tracker/ui/plan/words.py" line="-40"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../tracker/ui/plan/words.py" line="+0"/>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../tracker/ui/plan/words.py" line="+0"/>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by team</source>
        <translation>Pausada por el equipo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0 Never</source>
        <translation>0 Nunca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 Rarely</source>
        <translation>1 Pocas veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Occasionally</source>
        <translation>2 A veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Frequently</source>
        <translation>3 A menudo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Almost constantly</source>
        <translation>4 Casi siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 Not at all</source>
        <translation>0 Nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 A little bit</source>
        <translation>1 Un poco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Somewhat</source>
        <translation>2 Algo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Quite a bit</source>
        <translation>3 Bastante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Very much</source>
        <translation>4 Mucho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient-reported rating (0 = none or never, 4 = the most)</source>
        <translation>Valoración propia (0 = nada o nunca, 4 = lo máximo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>37.5 °C: call during treatment</source>
        <translation>37,5 °C: llama si estás en tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer ({name})</source>
        <translation>Persona cuidadora ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating 0 to 4</source>
        <translation>valoración de 0 a 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week of {date}</source>
        <translation>semana del {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, {start} to {end}: {parts}.</source>
        <translation>{title}, del {start} al {end}: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {readings}, lowest {low}, highest {high}, latest {latest} on {latest_date}</source>
        <translation>{label}: {readings}, la más baja {low}, la más alta {high}, la última {latest} el {latest_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: rated {times}, highest {high}, latest {latest} on {latest_date}</source>
        <translation>{label}: se valoró {times}, valoración más alta {high}, última {latest} el {latest_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reading</source>
        <translation>1 medición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} readings</source>
        <translation>{count} mediciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} times</source>
        <translation>{count} veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}: {counts}</source>
        <translation>{drug}: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} {count}</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, {start} to {end}: nothing recorded in this period.</source>
        <translation>{title}, del {start} al {end}: no hay nada anotado en este periodo.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded in this period</source>
        <translation>No hay nada anotado en este periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {value} on {date}</source>
        <translation>{label}: {value} el {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: up to {value} in the week of {date}</source>
        <translation>{label}: hasta {value} en la semana del {date}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/words.py" line="+1"/>
        <source>Held by the team</source>
        <translation>Pausada por el equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not marked yet</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cancer grew (progression)</source>
        <translation>El cáncer creció (progresión)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course completed</source>
        <translation>Tratamiento completado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My own choice</source>
        <translation>Decisión mía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic appointment</source>
        <translation>Cita en consulta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan</source>
        <translation>Prueba de imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blood test</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>Infusión</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../tracker/ui/main/menus.py" line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nuevo diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log</source>
        <translation>&amp;Anotar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;symptoms…</source>
        <translation>Anotar &amp;síntomas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly check-in…</source>
        <translation>&amp;Repaso semanal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to {section}</source>
        <translation>Ir a {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who is &amp;entering</source>
        <translation>Cambiar quién está &amp;anotando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Treatment Journey</source>
        <translation>&amp;Acerca de Treatment Journey</translation>
    </message>
    <message>
        <location filename="../tracker/render/report_strings.py" line="-82"/>
        <source>Clinic summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patient-reported</source>
        <translation>valoración propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on {date} with Treatment Journey. Information recorded by the patient or their carer.</source>
        <translation>Creado el {date} con Treatment Journey. Información anotada por la persona en tratamiento o por su cuidador/a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current treatment</source>
        <translation>Tratamiento actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current line of treatment recorded.</source>
        <translation>No hay ninguna línea de tratamiento actual anotada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started line {number}: {name} on {date}.</source>
        <translation>Empezó la línea {number}: {name} el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} worse: {before} before, up to {now} since (patient-reported).</source>
        <translation>{symptom} ha empeorado: {before} antes, hasta {now} desde entonces (valoración propia).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} reported for the first time, up to {now} (patient-reported).</source>
        <translation>{symptom}: anotado por primera vez, hasta {now} (valoración propia).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight {start} → {end} ({delta}).</source>
        <translation>Peso {start} → {end} ({delta}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest temperature {value} on {date}.</source>
        <translation>Temperatura más alta: {value} el {date}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No symptoms were logged in this period.</source>
        <translation>No se anotaron síntomas en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged and rated none (0) every time: {symptoms}.</source>
        <translation>Anotados y valorados como nada (0) todas las veces: {symptoms}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Más alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Symptom ratings are patient-reported (carer-reported where marked), not clinical grades.</source>
        <translation>Las valoraciones de los síntomas son propias: las da la persona en tratamiento (o la persona cuidadora, donde se indica). No son una evaluación clínica.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the team changed since the last appointment ({date})</source>
        <translation>Lo que cambió el equipo desde la última cita ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team changed in this period</source>
        <translation>Lo que cambió el equipo en este periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to the treatment was recorded in this period.</source>
        <translation>No se anotó ningún cambio en el tratamiento en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: delayed by {days} days from {date}.</source>
        <translation>{what}: retraso de {days} días desde el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: held from {date}.</source>
        <translation>{what}: en pausa desde el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: dose changed from {date} to {dose}.</source>
        <translation>{what}: desde el {date}, la dosis cambió a {dose}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: treatment break from {date}.</source>
        <translation>{what}: descanso del tratamiento desde el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: restarted on {date}.</source>
        <translation>{what}: se reanudó el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: new dose from {date}: {dose}.</source>
        <translation>{what}: nueva dosis desde el {date}: {dose}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {number}: {name} ended on {date}. Reason: {reason}.</source>
        <translation>Terminó la línea {number}: {name} el {date}. Motivo: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cancer grew (progression)</source>
        <translation>el cáncer creció (progresión)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>side effects</source>
        <translation>efectos secundarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course completed</source>
        <translation>tratamiento completado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the patient&apos;s choice</source>
        <translation>decisión de la persona en tratamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatments since the last appointment ({date})</source>
        <translation>Tratamientos desde la última cita ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy, operations and procedures in this period</source>
        <translation>Radioterapia, operaciones y procedimientos en este periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} to {site}: {count} treatments, {start} to {end}.</source>
        <translation>{kind} – {site}: {count} sesiones, del {start} al {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} to {site} on {date}.</source>
        <translation>{kind} – {site}, el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose: {dose}.</source>
        <translation>Dosis: {dose}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim: {aim}.</source>
        <translation>Objetivo: {aim}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../tracker/ui/plan/words.py" line="+23"/>
        <source>Stereotactic radiotherapy</source>
        <translation>Radioterapia estereotáctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pleural drain</source>
        <translation>Drenaje pleural</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ascitic drain</source>
        <translation>Drenaje de ascitis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertebroplasty</source>
        <translation>Vertebroplastia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ablation</source>
        <translation>Ablación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-cancer medicines: doses</source>
        <translation>Medicamentos contra el cáncer: dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned doses up to {date}: {counts}.</source>
        <translation>Dosis previstas hasta el {date}: {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} taken</source>
        <translation>tomadas ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} missed</source>
        <translation>olvidadas ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} skipped</source>
        <translation>saltadas ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} held by the team</source>
        <translation>pausadas por el equipo ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not recorded</source>
        <translation>sin anotar ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} doses not recorded: nobody marked them taken or missed ({detail}).</source>
        <translation>Dosis sin anotar: {count}. Nadie las marcó como tomadas ni como olvidadas ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} {count}, {start} to {end}</source>
        <translation>{drug}: {count}, del {start} al {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {count} planned doses were marked taken.</source>
        <translation>Todas las dosis previstas ({count}) se marcaron como tomadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No anti-cancer doses were planned in this period.</source>
        <translation>No había dosis contra el cáncer previstas en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other medicines (supportive, or typed by hand): {counts}. Details under “{heading}” below.</source>
        <translation>Otros medicamentos (de apoyo o escritos a mano): {counts}. Detalles en «{heading}», más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other medicines: doses not taken</source>
        <translation>Otros medicamentos: dosis no tomadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms new or worse (patient-reported)</source>
        <translation>Síntomas nuevos o peores (valoración propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symptom was new or worse than in the period before.</source>
        <translation>Ningún síntoma fue nuevo ni peor que en el periodo anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported by carer ({names})</source>
        <translation>según la persona cuidadora ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some ratings reported by carer ({names}).</source>
        <translation>Algunas valoraciones son de la persona cuidadora ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by carer ({names}).</source>
        <translation>Anotado por la persona cuidadora ({names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest blood results</source>
        <translation>Últimos resultados de análisis de sangre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No blood results have been recorded.</source>
        <translation>No se ha anotado ningún resultado de análisis de sangre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before this period</source>
        <translation>antes de este periodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tumour markers and blood counts in this period</source>
        <translation>Marcadores tumorales y recuentos sanguíneos en este periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results were recorded in this period.</source>
        <translation>No se anotaron resultados en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside range</source>
        <translation>Fuera de rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to {high}</source>
        <translation>hasta {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} or more</source>
        <translation>{low} o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/past_doses_dialog.py" line="+37"/>
        <source>Doses before today</source>
        <translation>Dosis anteriores a hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n planned dose(s)</source>
        <translation>%n dosis prevista(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} has {count} from {first} to {last} that nobody marked. What happened to them?</source>
        <translation>{drug} tiene {count} del {first} al {last} que nadie ha marcado. ¿Qué pasó con esas dosis?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;took them as planned</source>
        <translation>Las &amp;tomé según lo previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are recorded as taken, entered by you, and marked as filled in afterwards.</source>
        <translation>Se guardan como tomadas, anotadas por ti y marcadas como anotadas después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;don&apos;t know</source>
        <translation>No lo &amp;sé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They stay “not recorded” and are never shown as overdue.</source>
        <translation>Se quedan «sin anotar» y nunca aparecen como pendientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave them for me to mark</source>
        <translation>&amp;Dejarlas para marcarlas yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changes now: you can mark each day&apos;s doses in the Plan&apos;s calendar.</source>
        <translation>Ahora no cambia nada: puedes marcar las dosis de cada día en el calendario del Plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can undo your answer with Ctrl+Z in the Plan.</source>
        <translation>Puedes deshacer tu respuesta con Ctrl+Z en el Plan.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/reminders/background.py" line="+31"/>
        <source>Treatment Journey is still running</source>
        <translation>Treatment Journey sigue en marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps running to remind you of doses and appointments, locked. Click this icon to open it; choose Quit in its menu to stop it.</source>
        <translation>Sigue en marcha, bloqueada, para recordarte las dosis y las citas. Haz clic en este icono para abrirla; elige Salir en su menú para cerrarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treatment Journey keeps running to remind you of doses and appointments. Your journal is locked.

To open it again, start Treatment Journey as usual. To stop it completely, choose File → Quit (Ctrl+Q) in its window.</source>
        <translation>Treatment Journey sigue en marcha para recordarte las dosis y las citas. Tu diario está bloqueado.

Para volver a abrirlo, inicia Treatment Journey como siempre. Para cerrarla del todo, elige Archivo → Salir (Ctrl+Q) en su ventana.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/diary/two_computers.py" line="+59"/>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier version, from {computer}:</source>
        <translation>Versión anterior, de {computer}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry was deleted there.</source>
        <translation>Allí se borró la anotación.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/settings/sharing_dialogs.py" line="+284"/>
        <source>Remove a person</source>
        <translation>Quitar a una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} will no longer be able to open new changes to this journal: the journal gets a new key that their copy does not have. What is already on their computer stays there.

Also remove {name} from your sync service (for example, stop sharing the folder with their computer), so new encrypted files stop reaching them.

Everything {name} entered stays in the diary.</source>
        <translation>{name} ya no podrá abrir los cambios nuevos de este diario: el diario recibe una clave nueva que su copia no tiene. Lo que ya está en su ordenador se queda allí.

Quita también a {name} de tu servicio de sincronización (por ejemplo, deja de compartir la carpeta con su ordenador), para que dejen de llegarle los archivos cifrados nuevos.

Todo lo que anotó {name} se queda en el diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop sharing on this computer</source>
        <translation>Dejar de compartir en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer stops reading and writing the shared folder {folder}. The journal stays here with everything in it; changes made here from now on no longer reach the other computers, and theirs no longer arrive here.

The other computers keep sharing among themselves. To take a person&apos;s access away, use “Remove…” instead.</source>
        <translation>Este ordenador deja de leer y escribir en la carpeta compartida {folder}. El diario se queda aquí con todo lo que contiene; los cambios que se hagan aquí a partir de ahora ya no llegarán a los otros ordenadores, y los suyos ya no llegarán aquí.

Los otros ordenadores siguen compartiéndolo entre ellos. Para quitarle el acceso a una persona, usa «Quitar…».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <location filename="../tracker/ui/sync/wording.py" line="+26"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computer {id}</source>
        <translation>Ordenador {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (this computer)</source>
        <translation>{name} (este ordenador)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{computer}: nothing received yet</source>
        <translation>{computer}: aún no se ha recibido nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{computer}: last received {when}</source>
        <translation>{computer}: recibido por última vez {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n change file(s) waiting for earlier ones)</source>
        <translation>
            <numerusform>(%n archivo de cambios en espera de otros anteriores)</numerusform>
            <numerusform>(%n archivos de cambios en espera de otros anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tracker/ui/sync/folder_fields.py" line="+29"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;passphrase:</source>
        <translation>Tu &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/common/discard.py" line="+67"/>
        <source>Discard these entries?</source>
        <translation>¿Descartar estas anotaciones?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you entered in this form is not saved yet. Close it and lose it?</source>
        <translation>Lo que has escrito en este formulario aún no está guardado. ¿Cerrarlo y perderlo?</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../tracker/ui/help/about.py" line="+48"/>
        <source>About Treatment Journey</source>
        <translation>Acerca de Treatment Journey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party software</source>
        <translation>Software de &amp;terceros</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Treatment Journey icon</source>
        <translation>Icono de Treatment Journey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About this app</source>
        <translation>Sobre esta aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A diary for people living with secondary (metastatic) breast cancer and the people who care for them: treatment plans, doses, symptoms, questions and clinic summaries.</source>
        <translation>Un diario para personas que viven con cáncer de mama secundario (metastásico) y para quienes las cuidan: planes de tratamiento, dosis, síntomas, preguntas y resúmenes para la consulta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your privacy: everything you enter stays on this computer, in one encrypted file that only your passphrase or recovery key can open. Nothing is sent anywhere: there is no account, no cloud and no tracking. Only files you choose to export or print leave the journal, and the app warns you when an export is not encrypted.</source>
        <translation>Tu privacidad: todo lo que escribes se queda en este ordenador, en un único archivo cifrado que solo tu frase de contraseña o tu clave de recuperación pueden abrir. No se envía nada a ningún sitio: no hay cuenta, ni nube, ni seguimiento. Solo salen del diario los archivos que tú decides exportar o imprimir, y la aplicación te avisa cuando una exportación no está cifrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The explanations in this app are information, not a substitute for your treatment team. If you feel unwell, call your team&apos;s 24-hour line.</source>
        <translation>Las explicaciones de esta aplicación son información y no sustituyen a tu equipo médico. Si te encuentras mal, llama a la línea de 24 horas de tu equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: Treatment Journey is free software under the GNU General Public License, version 3 or later. It comes with no warranty. It uses Qt and PySide6 (LGPL v3), SQLCipher (BSD-style licence), OpenSSL (Apache 2.0) and other open-source packages listed under Third-party software.</source>
        <translation>Licencia: Treatment Journey es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía. Usa Qt y PySide6 (LGPL v3), SQLCipher (licencia de tipo BSD), OpenSSL (Apache 2.0) y otros paquetes de código abierto que aparecen en Software de terceros.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Third-party software and licences</source>
        <translation>Software de terceros y licencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of third-party software is missing from this copy of the app. It uses Qt and PySide6 (LGPL v3), SQLCipher (BSD-style), OpenSSL (Apache 2.0), SQLAlchemy, Alembic, cryptography, argon2-cffi, keyring, platformdirs, matplotlib and icalendar.</source>
        <translation>Falta la lista de software de terceros en esta copia de la aplicación. Usa Qt y PySide6 (LGPL v3), SQLCipher (tipo BSD), OpenSSL (Apache 2.0), SQLAlchemy, Alembic, cryptography, argon2-cffi, keyring, platformdirs, matplotlib e icalendar.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_dialogs.py" line="-134"/>
        <source>Add a person</source>
        <translation>Añadir a una persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person you add can open this journal on their own computer, with their own passphrase. Ask the person to type it themselves; you never need to know it.</source>
        <translation>La persona que añadas podrá abrir este diario en su propio ordenador, con su propia frase de contraseña. Pídele que la escriba ella misma; tú no necesitas conocerla en ningún momento.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Their &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>Escríbela &amp;otra vez:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If the name is not among the patient and carers yet, it is added as a carer, so the diary shows what they enter.</source>
        <translation>Si ese nombre aún no está en la lista de paciente y cuidadores, se añade como persona cuidadora, para que el diario muestre lo que anote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding the person</source>
        <translation>Añadiendo a la persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../tracker/ui/plan/dialogs.py" line="+157"/>
        <source>Delay a cycle or dose</source>
        <translation>Retrasar un ciclo o una dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team held a dose</source>
        <translation>El equipo suspendió una dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team changed the dose</source>
        <translation>El equipo cambió la dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a treatment break</source>
        <translation>Empezar un descanso del tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart after a break</source>
        <translation>Reanudar tras un descanso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next cycle (or dose) on or after the date below moves later, and everything after it moves with it. Doses before it stay as they were.</source>
        <translation>El siguiente ciclo (o dosis) en la fecha de abajo o después se retrasa, y todo lo que viene detrás se mueve con él. Las dosis anteriores se quedan como estaban.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dose on this day stays in your record as held by the team; you will not be reminded.</source>
        <translation>La dosis de este día queda en tu registro como suspendida por el equipo; no recibirás avisos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the new dose exactly as your team gave it. The app never works out doses.</source>
        <translation>Escribe la nueva dosis tal como te la dio tu equipo. La aplicación nunca calcula dosis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No doses or reminders from this day until you restart.</source>
        <translation>Sin dosis ni recordatorios desde este día hasta que lo reanudes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment starts again on this day with a new cycle (day 1).</source>
        <translation>El tratamiento vuelve a empezar este día con un ciclo nuevo (día 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which drug</source>
        <translation>Qué medicamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All drugs in this line</source>
        <translation>Todos los medicamentos de esta línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drug:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the cycle starting on or after:</source>
        <translation>Desde el ciclo que empiece en esta fecha o después:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose &amp;day:</source>
        <translation>&amp;Día de la dosis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dose &amp;from:</source>
        <translation>Nueva dosis &amp;desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Break &amp;starts:</source>
        <translation>El descanso &amp;empieza:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restart on:</source>
        <translation>&amp;Reanudar el:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 100 mg</source>
        <translation>p. ej. 100 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay &amp;by:</source>
        <translation>Retrasar &amp;en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New d&amp;ose:</source>
        <translation>Nueva d&amp;osis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. low neutrophils</source>
        <translation>Opcional, p. ej. neutrófilos bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why (optional):</source>
        <translation>&amp;Por qué (opcional):</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../tracker/ui/alerts/banner.py" line="+15"/>
        <source>Show fewer alerts</source>
        <translation>Mostrar menos avisos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show %n more alert(s)</source>
        <translation>
            <numerusform>Mostrar %n aviso más</numerusform>
            <numerusform>Mostrar %n avisos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../tracker/ui/alerts/rule_texts.py" line="+9"/>
        <source>A temperature of {value} during anti-cancer treatment, or within six weeks of it, can be the first sign of a serious infection.</source>
        <translation>Una temperatura de {value} durante el tratamiento contra el cáncer, o en las seis semanas siguientes, puede ser la primera señal de una infección grave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value}, below 36 °C, during anti-cancer treatment can also be a sign of a serious infection.</source>
        <translation>Una temperatura de {value}, por debajo de 36 °C, durante el tratamiento contra el cáncer también puede ser una señal de infección grave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value} during anti-cancer treatment, or within six weeks of it, needs checking now: the UK oncology nurses&apos; triage tool treats 37.5°C or above as urgent.</source>
        <translation>Con una temperatura de {value} durante el tratamiento contra el cáncer, o en las seis semanas siguientes, hay que consultar ahora: la herramienta de triaje del personal de enfermería oncológica del Reino Unido considera urgente una temperatura de 37,5 °C o más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value} is a fever. Your team wants to know about it today.</source>
        <translation>Una temperatura de {value} es fiebre. Tu equipo quiere saberlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temperature of {value} is below 36 °C. Your team wants to know about it today.</source>
        <translation>Una temperatura de {value} está por debajo de 36 °C. Tu equipo quiere saberlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} during anti-cancer treatment can be a sign of a serious infection, even with a normal temperature.</source>
        <translation>{symptom}: {rating}. Durante el tratamiento contra el cáncer, esto puede ser una señal de infección grave, incluso con la temperatura normal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that often lowers white cells can be a sign of a serious infection.</source>
        <translation>{symptom}: {rating}, con un medicamento que a menudo baja los glóbulos blancos. Esto puede ser una señal de infección grave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} during anti-cancer treatment should be checked today.</source>
        <translation>{symptom}: {rating}, durante el tratamiento contra el cáncer. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>{symptom} rated {rating} should be checked today.</source>
        <translation>{symptom}: {rating}. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Feeling unwell, rated {rating}, during anti-cancer treatment can be a sign of a serious infection, even with a normal temperature.</source>
        <translation>Malestar general: {rating}. Durante el tratamiento contra el cáncer, esto puede ser una señal de infección grave, incluso con la temperatura normal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling unwell, rated {rating}, during anti-cancer treatment should be checked today.</source>
        <translation>Malestar general: {rating}, durante el tratamiento contra el cáncer. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling unwell, rated {rating}, should be checked today.</source>
        <translation>Malestar general: {rating}. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that often lowers white cells can be the start of an infection.</source>
        <translation>{symptom}: {rating}, con un medicamento que a menudo baja los glóbulos blancos. Esto puede ser el comienzo de una infección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+3"/>
        <source>{symptom} rated {rating} needs help at once.</source>
        <translation>{symptom}: {rating}. Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New or ongoing {symptom}, rated {rating}, needs checking now.</source>
        <translation>{symptom}: {rating}. Tanto si es algo nuevo como si continúa, hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>{symptom} rated {rating} needs checking now.</source>
        <translation>{symptom}: {rating}. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{symptom} rated {rating} on a drug that can inflame the lungs should be checked today.</source>
        <translation>{symptom}: {rating}, con un medicamento que puede inflamar los pulmones. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that can inflame the lungs needs checking now.</source>
        <translation>{symptom}: {rating}, con un medicamento que puede inflamar los pulmones. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} together with weakness, numbness, or a bladder or bowel change can mean pressure on the spinal cord. It needs checking now.</source>
        <translation>{symptom} junto con debilidad, entumecimiento o un cambio en la vejiga o el intestino puede indicar presión sobre la médula espinal. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {symptom}, rated {rating}, can mean pressure on the spinal cord or a change in the brain. It needs checking now.</source>
        <translation>{symptom} de aparición reciente: {rating}. Puede indicar presión sobre la médula espinal o un cambio en el cerebro. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} should be checked today. Call now if it is new, getting worse or stops you walking.</source>
        <translation>{symptom}: {rating}. Hay que consultarlo hoy. Llama ahora si es algo nuevo, si va a peor o si te impide caminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new change in bladder or bowel control, rated {rating}, can mean pressure on the spinal cord. It needs checking now.</source>
        <translation>Un cambio nuevo en el control de la vejiga o del intestino: {rating}. Puede indicar presión sobre la médula espinal. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {symptom} can be the first sign of cancer in the spine. Your team wants to hear about it today.</source>
        <translation>{symptom} de aparición reciente: puede ser la primera señal de cáncer en la columna vertebral. Tu equipo quiere saberlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New {symptom}, rated {rating}, in the weeks after radiotherapy to the spine can mean pressure on the spinal cord. It needs checking now.</source>
        <translation>{symptom} de aparición reciente: {rating}, en las semanas siguientes a la radioterapia en la columna vertebral. Puede indicar presión sobre la médula espinal. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} is getting worse in the weeks after radiotherapy to the spine. Your team wants to hear about it today, to check it is not pressure on the spinal cord.</source>
        <translation>{symptom} va a peor en las semanas siguientes a la radioterapia en la columna vertebral. Tu equipo quiere saberlo hoy, para comprobar que no se trata de presión sobre la médula espinal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being sick 6 or more times in 24 hours, or very severe sickness, needs checking now.</source>
        <translation>Vomitar 6 veces o más en 24 horas, o tener vómitos muy intensos: hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sick 3 to 5 times in 24 hours, or severe sickness, should be checked today.</source>
        <translation>Vomitar de 3 a 5 veces en 24 horas, o tener vómitos intensos: hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea 7 or more times above your normal in 24 hours needs checking now.</source>
        <translation>Diarrea 7 veces o más en 24 horas por encima de lo normal para ti: hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea 4 or more times above your normal in 24 hours, on a drug where diarrhoea can become serious quickly, needs checking now.</source>
        <translation>Diarrea 4 veces o más en 24 horas por encima de lo normal para ti, con un medicamento con el que la diarrea puede agravarse rápidamente: hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhoea 4 to 6 times above your normal in 24 hours during anti-cancer treatment should be checked today.</source>
        <translation>Diarrea de 4 a 6 veces en 24 horas por encima de lo normal para ti, durante el tratamiento contra el cáncer: hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any new diarrhoea on immunotherapy can be inflammation of the bowel and should be checked today.</source>
        <translation>Cualquier diarrea nueva con inmunoterapia puede deberse a una inflamación del intestino: hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{symptom} during anti-cancer treatment can mean low platelets and should be checked today.</source>
        <translation>{symptom} durante el tratamiento contra el cáncer: puede indicar que las plaquetas están bajas. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} rated {rating} needs checking now. It can come from infection, high calcium or a change in the brain.</source>
        <translation>{symptom}: {rating}. Hay que consultarlo ahora. Puede deberse a una infección, al calcio alto o a un cambio en el cerebro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} on a drug that can change the heart&apos;s rhythm needs checking now.</source>
        <translation>{symptom} con un medicamento que puede alterar el ritmo del corazón: hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} should be checked today.</source>
        <translation>{symptom}: hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} can mean a liver problem and should be checked today.</source>
        <translation>{symptom}: puede indicar un problema de hígado. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {symptom} should be checked today.</source>
        <translation>{symptom} de aparición reciente: hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{symptom} rated {rating} can mean very high blood sugar or high calcium. It needs checking now.</source>
        <translation>{symptom}: {rating}. Puede indicar que el azúcar en sangre está muy alto o que el calcio está alto. Hay que consultarlo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} on a drug that can raise blood sugar should be checked today.</source>
        <translation>{symptom} con un medicamento que puede subir el azúcar en sangre: hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a bone-strengthening drug should be checked today, in case of jaw bone damage.</source>
        <translation>{symptom}: {rating}, con un medicamento para fortalecer los huesos. Hay que consultarlo hoy, por si hubiera daño en el hueso de la mandíbula.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} on a bone-strengthening drug is worth showing your team and your dentist.</source>
        <translation>{symptom} con un medicamento para fortalecer los huesos: vale la pena comentarlo con tu equipo y con tu dentista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} on a drug that raises the risk of blood clots should be checked today.</source>
        <translation>{symptom}: {rating}, con un medicamento que aumenta el riesgo de coágulos de sangre. Hay que consultarlo hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating} during anti-cancer treatment should be checked today; there is often help for it.</source>
        <translation>{symptom}: {rating}, durante el tratamiento contra el cáncer. Hay que consultarlo hoy; a menudo hay ayuda para esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} rated {rating}. Tell your team; there is often help for this.</source>
        <translation>{symptom}: {rating}. Cuéntaselo a tu equipo; a menudo hay ayuda para esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} has got worse {count} times in a row in the diary.</source>
        <translation>{symptom} ha empeorado {count} veces seguidas en el diario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symptom} is new in the diary. New symptoms like this are worth telling your team about.</source>
        <translation>{symptom} aparece por primera vez en el diario. Vale la pena contarle a tu equipo los síntomas nuevos como este.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or more problems that each need a same-day check were logged together; together they need checking now.</source>
        <translation>Se anotaron a la vez dos o más problemas que, cada uno por separado, habría que consultar en el mismo día; juntos, hay que consultarlos ahora.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tracker/ui/app.py" line="+127"/>
        <source>Treatment Journey is already open but is not answering. Wait a minute and try again; if it still does not come forward, restart the computer. Nothing you saved is lost.</source>
        <extracomment>The socket a later start talks to is opened this long after the first window is shown, so its import (QtNetwork) does not delay the first paint.</extracomment>
        <translation>Treatment Journey ya está abierto pero no responde. Espera un minuto y vuelve a intentarlo; si sigue sin aparecer, reinicia el ordenador. No se pierde nada de lo que guardaste.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../tracker/ui/settings/appearance_page.py" line="+46"/>
        <source>Language and appearance</source>
        <translation>Idioma y aspecto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reset text size and colours</source>
        <translation>&amp;Restablecer tamaño del texto y colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size, follow the system&apos;s light or dark setting, strong focus outline.</source>
        <translation>Tamaño de texto normal, modo claro u oscuro según el sistema y contorno de foco marcado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as this computer ({language})</source>
        <translation>El mismo que este ordenador ({language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size of all text, as a percentage of this computer&apos;s normal size.</source>
        <translation>Tamaño de todo el texto, como porcentaje del tamaño normal de este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes apply at once. The sizes you set on this computer are followed too.</source>
        <translation>Los cambios se aplican al momento. También se respetan los tamaños que hayas puesto en este ordenador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Follow this computer (light or dark)</source>
        <translation>&amp;Seguir a este ordenador (claro u oscuro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ght</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Strong focus outline</source>
        <translation>Contorno de foco &amp;marcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easier to see where the keyboard is.</source>
        <translation>Es más fácil ver dónde está el foco del teclado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A strong outline makes it easier to see where the keyboard is.</source>
        <translation>Un contorno marcado hace más fácil ver dónde está el foco del teclado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new language will be used the next time you open Treatment Journey.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras Treatment Journey.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and numbers follow the language you choose.</source>
        <translation>Las fechas y los números siguen el idioma que elijas.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../tracker/ui/plan/appointment_dialog.py" line="+28"/>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Day unit, level 2</source>
        <translation>p. ej. Hospital de día, planta 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../tracker/ui/learn/reader.py" line="+32"/>
        <source>Explanation text</source>
        <extracomment>Characters per line we aim for: about 70 reads comfortably.</extracomment>
        <translation>Texto de la explicación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Down and Ctrl+Up move between links; Enter opens one.</source>
        <translation>Ctrl+Abajo y Ctrl+Arriba se mueven entre enlaces; Intro abre uno.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../tracker/ui/backup/list_model.py" line="+19"/>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../tracker/ui/settings/backups_page.py" line="+68"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one encrypted file with everything in this journal. Only your passphrase or your recovery key can open it.</source>
        <translation>Una copia de seguridad es un único archivo cifrado con todo lo que hay en este diario. Solo tu frase de contraseña o tu clave de recuperación pueden abrirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example on a USB stick, so a copy survives if this computer is lost.</source>
        <translation>Por ejemplo en una memoria USB, para que quede una copia si pierdes este ordenador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your backups</source>
        <translation>Tus copias de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups of this journal</source>
        <translation>Copias de seguridad de este diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups yet. Press “Back up now” to make the first one.</source>
        <translation>Aún no hay copias. Pulsa «Hacer copia ahora» para crear la primera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Save a backup else&amp;where…</source>
        <translation>Guardar una copia en &amp;otro sitio…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restore from a file I &amp;saved…</source>
        <translation>Restaurar desde un archivo que &amp;guardé…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic backups</source>
        <translation>Copias automáticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up &amp;automatically once a day when I unlock</source>
        <translation>Hacer una copia &amp;automática al día al desbloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One automatic backup is kept for each of the last 7 days and for each of the last 4 weeks; older automatic ones are deleted. Backups you make yourself are never deleted automatically. A backup is also made before every update that changes how the journal is stored.</source>
        <translation>Se guarda una copia automática de cada uno de los últimos 7 días y de cada una de las últimas 4 semanas; las automáticas más antiguas se borran. Las copias que haces tú nunca se borran solas. También se hace una copia antes de cada actualización que cambie cómo se guarda el diario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept in: {folder}</source>
        <translation>Guardadas en: {folder}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup of this journal yet.</source>
        <translation>Todavía no hay ninguna copia de este diario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Treatment Journey backups (*.tjbackup)</source>
        <translation>Copias de Treatment Journey (*.tjbackup)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Treatment Journey backup {date}.tjbackup</source>
        <translation>Copia de Treatment Journey {date}.tjbackup</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up ({when}).</source>
        <translation>Copia hecha ({when}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to “{file}” in {folder}.</source>
        <translation>Copia guardada en «{file}» en {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup cancelled. Nothing was saved.</source>
        <translation>Copia cancelada. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be made.</source>
        <translation>No se ha podido hacer la copia.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup was restored.</source>
        <translation>La copia se ha restaurado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal as it was before is kept in {folder}.</source>
        <translation>El diario tal como estaba antes se guarda en {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your passphrase and recovery key are the same as before.</source>
        <translation>Tu frase de contraseña y tu clave de recuperación son las mismas que antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on, open it with the passphrase or recovery key it had when the backup was made.</source>
        <translation>A partir de ahora, ábrelo con la frase de contraseña o la clave de recuperación que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal from the backup was added. Open it from the start screen (lock, then choose it in the list).</source>
        <translation>Se ha añadido el diario de la copia. Ábrelo desde la pantalla de inicio (bloquea y luego elígelo en la lista).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <location filename="../tracker/ui/common/bug_report.py" line="+73"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, something went wrong</source>
        <translation>Lo sentimos, algo ha fallado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This was not your fault. Everything you had already saved is still safe in your journal. If you were in the middle of typing something, please check it was saved.

If this keeps happening, you can send the technical report below to the people who make the app. It contains no diary content: only version numbers and where in the program the problem happened.</source>
        <translation>No ha sido culpa tuya. Todo lo que ya habías guardado sigue a salvo en tu diario. Si estabas escribiendo algo, comprueba que se ha guardado.

Si vuelve a pasar, puedes enviar el informe técnico de abajo a quienes hacen la aplicación. No contiene nada de tu diario: solo números de versión y el lugar del programa donde ocurrió el problema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Technical report</source>
        <translation>Informe técnico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was copied. You can paste it into an email.</source>
        <translation>Informe copiado. Puedes pegarlo en un correo electrónico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save technical report</source>
        <translation>Guardar informe técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be saved there. Try another folder.</source>
        <translation>No se ha podido guardar el informe ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was saved.</source>
        <translation>Informe guardado.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../tracker/ui/settings/care_team_page.py" line="+104"/>
        <source>Care team and alerts</source>
        <translation>Equipo de atención y avisos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your 24-hour line</source>
        <translation>Tu línea de 24 horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number your team gave you to call at any time, day or night, if you are unwell during treatment. It is shown with every alert.</source>
        <translation>El número que te dio tu equipo para llamar a cualquier hora, de día o de noche, si te encuentras mal durante el tratamiento. Aparece con cada aviso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: Oncology hotline</source>
        <translation>Por ejemplo: Teléfono de oncología</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Line name:</source>
        <translation>&amp;Nombre de la línea:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone number:</source>
        <translation>&amp;Número de teléfono:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other contacts</source>
        <translation>Otros contactos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Care team contacts</source>
        <translation>Contactos del equipo de atención</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alert settings back to defaults</source>
        <translation>Volver a los ajustes de avisos predeterminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When to show an alert</source>
        <translation>Cuándo mostrar un aviso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>During anti-cancer treatment, and for six weeks after it, a temperature of 37.5 °C or above always means call your 24-hour line now. This setting does not change that.</source>
        <translation>Durante el tratamiento contra el cáncer, y durante las seis semanas siguientes, una temperatura de 37,5 °C o más siempre significa que debes llamar ahora a tu línea de 24 horas. Este ajuste no cambia eso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This setting is for when you are not on anti-cancer treatment. The app then asks you to contact your team the same day at 38.0 °C or above; your team may ask you to do so at a lower temperature. You can only make this alert more sensitive, from 37.5 to 38.0 °C. The other warning signs are fixed: they follow national triage guidance and cannot be switched off.</source>
        <translation>Este ajuste es para cuando no estás en tratamiento contra el cáncer. En ese caso, la aplicación te pide que contactes con tu equipo el mismo día a partir de 38,0 °C; tu equipo puede pedirte que lo hagas con una temperatura más baja. Solo puedes hacer que este aviso sea más sensible, con un valor entre 37,5 y 38,0 °C. Las demás señales de alarma son fijas: siguen las guías nacionales de triaje y no se pueden desactivar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not on treatment, &amp;temperature at or above:</source>
        <translation>Sin tratamiento, &amp;temperatura igual o superior a:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{number} (the usual number here)</source>
        <translation>{number} (el número habitual aquí)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>(that is {value} °F)</source>
        <translation>(es decir, {value} °F)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alert settings are back to their defaults.</source>
        <translation>Los ajustes de avisos han vuelto a los predeterminados.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../tracker/ui/charts/view.py" line="+59"/>
        <source>Symptoms (patient-reported)</source>
        <translation>Síntomas (valoración propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature and weight</source>
        <translation>Temperatura y peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour markers</source>
        <translation>Marcadores tumorales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood counts</source>
        <translation>Recuentos sanguíneos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other blood tests</source>
        <translation>Otros análisis de sangre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose calendar</source>
        <translation>Calendario de dosis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since last &amp;visit</source>
        <translation>Desde la última &amp;visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 months</source>
        <translation>&amp;3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;1 year</source>
        <translation>&amp;1 año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No symptoms were rated in this period. Log how you feel (Ctrl+N, or &quot;How are you today?&quot; on Today) and they appear here.</source>
        <extracomment>What to log for each chart kind when the chosen period has nothing to draw.</extracomment>
        <translation>No hay síntomas valorados en este periodo. Anota cómo te encuentras (Ctrl+N, o «¿Cómo te encuentras hoy?» en Hoy) y aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No temperature or weight in this period. Type them in the symptom form (Ctrl+N) or the Today card.</source>
        <translation>No hay temperatura ni peso en este periodo. Escríbelos en el formulario de síntomas (Ctrl+N) o en la tarjeta de Hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tumour marker results in this period. Add a blood result in the Diary (Add… → Lab result).</source>
        <translation>No hay resultados de marcadores tumorales en este periodo. Añade un resultado de análisis de sangre en el Diario (Añadir… → Resultado de análisis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blood counts in this period. Add a blood result in the Diary (Add… → Lab result).</source>
        <translation>No hay recuentos sanguíneos en este periodo. Añade un resultado de análisis de sangre en el Diario (Añadir… → Resultado de análisis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other blood tests in this period. Add a blood result in the Diary (Add… → Lab result).</source>
        <translation>No hay otros análisis de sangre en este periodo. Añade un resultado de análisis de sangre en el Diario (Añadir… → Resultado de análisis).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Up to eight at a time, four lines to a panel, so the lines stay readable.</source>
        <translation>Hasta ocho a la vez, cuatro líneas por panel, para que las líneas se lean bien.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chart summary</source>
        <translation>Resumen del gráfico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart as a table</source>
        <translation>Gráfico en forma de tabla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Point at a dot, or click the chart and use the arrow keys, to see its value and date.</source>
        <translation>Señala un punto, o haz clic en el gráfico y usa las teclas de flecha, para ver su valor y su fecha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the chosen point</source>
        <translation>Valor del punto elegido</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Eight symptoms at most: untick one to show another.</source>
        <translation>Ocho síntomas como máximo: desmarque uno para mostrar otro.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>No doses planned or ticked in this period. Add your treatment on the Plan page and tick doses on Today.</source>
        <translation>No hay dosis previstas ni marcadas en este periodo. Añade tu tratamiento en la página Plan y marca las dosis en Hoy.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Chart:</source>
        <extracomment>First day `data` holds (None: the whole journal). Keyboard position on the chart: (series index in the hover index, point index).</extracomment>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+232"/>
        <source>Show as &amp;table</source>
        <translation>Mostrar como ta&amp;bla</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Show the same points as a table of dates and values</source>
        <translation>Mostrar los mismos puntos en una tabla de fechas y valores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PNG or SVG…</source>
        <translation>Guardar como PNG o SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a picture (Ctrl+S)</source>
        <translation>Guardar este gráfico como imagen (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symptoms to show:</source>
        <translation>&amp;Síntomas que mostrar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symptoms to show</source>
        <translation>Síntomas que mostrar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gathering your entries for the charts…</source>
        <translation>Reuniendo tus anotaciones para los gráficos…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to chart yet</source>
        <translation>Aún no hay nada que mostrar en gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log symptoms for a few days and your chart appears here. Temperature, weight, blood results and the doses you tick show up here too.</source>
        <translation>Anota tus síntomas unos días y aquí aparecerá tu gráfico. También se verán la temperatura, el peso, los análisis de sangre y las dosis que marques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the diary</source>
        <translation>Abrir el diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in this period</source>
        <translation>Nada en este periodo</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Show as &amp;chart</source>
        <translation>Mostrar como g&amp;ráfico</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../tracker/ui/today/checkin.py" line="+45"/>
        <location line="+73"/>
        <source>How are you today?</source>
        <translation>¿Cómo te encuentras hoy?</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Temperature:</source>
        <extracomment>The session&apos;s diary use case: its undo history is the Diary&apos;s.</extracomment>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More symptoms…</source>
        <translation>Más síntomas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the full symptom form (Ctrl+N)</source>
        <translation>Abrir el formulario completo de síntomas (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these ratings (Ctrl+Enter)</source>
        <translation>Guardar estas valoraciones (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back what was just saved (Ctrl+Z)</source>
        <translation>Deshacer lo que se acaba de guardar (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How is {name} today?</source>
        <translation>¿Cómo está {name} hoy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is she today?</source>
        <translation>¿Cómo está hoy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{carer}, rate what you see or what {name} tells you: 0 none to 4 very severe. Saved as entered by you (carer-reported).</source>
        <translation>{carer}, valora lo que ves o lo que te cuenta {name}: de 0 (nada) a 4 (muy intenso). Se guarda como anotado por ti (valoración de la persona cuidadora).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the patient</source>
        <translation>la persona en tratamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One click per symptom: 0 none to 4 very severe. These are your own patient-reported ratings.</source>
        <translation>Un clic por síntoma: de 0 (nada) a 4 (muy intenso). Son tus propias valoraciones como paciente.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Please type the temperature as a number, for example {example}.</source>
        <translation>Escribe la temperatura como un número, por ejemplo {example}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rating for at least one symptom, or type a temperature.</source>
        <translation>Valora al menos un síntoma o escribe la temperatura.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved at {time}. It is in your diary.</source>
        <translation>Guardado a las {time}. Ya está en tu diario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Taken back: that check-in is no longer in your diary.</source>
        <translation>Deshecho: lo que anotaste ya no está en tu diario.</translation>
    </message>
</context>
<context>
    <name>ClinicSummaryPanel</name>
    <message>
        <location filename="../tracker/ui/reports/view.py" line="+52"/>
        <source>Clinic summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A PDF to bring to your appointment. Page 1: your current treatment, what the team changed, anti-cancer doses taken, missed or not recorded, symptoms that are new or worse, and your latest blood results. Then the charts (patient-reported), the details and your questions.</source>
        <extracomment>&quot;Since the last appointment&quot; as last read (None until the first read lands).</extracomment>
        <translation>Un PDF para llevar a tu cita. Página 1: tu tratamiento actual, lo que cambió el equipo, las dosis de tratamiento contra el cáncer tomadas, olvidadas o sin anotar, los síntomas nuevos o que han empeorado y tus últimos análisis de sangre. Después, los gráficos (valoración propia), los detalles y tus preguntas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since last &amp;appointment</source>
        <translation>Desde la última &amp;cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;name</source>
        <translation>Mi &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My date of &amp;birth (if recorded)</source>
        <translation>Mi fecha de &amp;nacimiento (si está anotada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis details (if recorded)</source>
        <translation>Datos del &amp;diagnóstico (si están anotados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;questions for the team</source>
        <translation>Mis &amp;preguntas para el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes from this &amp;period</source>
        <translation>Mis notas de este &amp;periodo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make clinic summary…</source>
        <translation>&amp;Crear resumen para la consulta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clinic summary progress</source>
        <translation>Progreso del resumen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF is not encrypted. Keep it somewhere private and delete it when you no longer need it.</source>
        <translation>El PDF no está cifrado. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>clinic-summary-{date}.pdf</source>
        <translation>resumen-consulta-{date}.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save clinic summary</source>
        <translation>Guardar resumen para la consulta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making your clinic summary…</source>
        <translation>Creando tu resumen para la consulta…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled. No PDF was saved.</source>
        <translation>Cancelado. No se ha guardado ningún PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinic summary was not made.</source>
        <translation>No se ha creado el resumen para la consulta.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../tracker/ui/settings/care_team_page.py" line="-231"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CreateJournalWizard</name>
    <message>
        <location filename="../tracker/ui/wizard/wizard.py" line="+28"/>
        <location line="+121"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Open my journal</source>
        <translation>&amp;Abrir mi diario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also remind me before I unlock my journal</source>
        <translation>Avisarme también antes de desbloquear mi diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This keeps your reminder times in a small file on this computer. It shows only that something is due at those times: no drug names, no doses. You can change this in Settings → Reminders.</source>
        <translation>Así se guardan las horas de tus recordatorios en un pequeño archivo en este ordenador. Solo indica que a esas horas toca algo: ni nombres de medicamentos ni dosis. Puedes cambiarlo en Ajustes → Recordatorios.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Your journal has been created, but this recovery key will not be shown again. Close without keeping it?</source>
        <translation>Tu diario se ha creado, pero esta clave de recuperación no se volverá a mostrar. ¿Cerrar sin guardarla?</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../tracker/render/csv_words.py" line="+16"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (0-4, patient-reported)</source>
        <translation>Intensidad (0-4, valoración propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often (0-4, patient-reported)</source>
        <translation>Frecuencia (0-4, valoración propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on daily life (0-4, patient-reported)</source>
        <translation>Efecto en la vida diaria (0-4, valoración propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Fecha del análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference range low</source>
        <translation>Rango de referencia (mínimo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference range high</source>
        <translation>Rango de referencia (máximo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned day</source>
        <translation>Día previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose of the day</source>
        <translation>Toma del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded at</source>
        <translation>Anotado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for ending</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Prueba de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result summary</source>
        <translation>Resumen del resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by the team</source>
        <translation>Pausada por el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancer grew (progression)</source>
        <translation>El cáncer creció (progresión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Tratamiento completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own choice</source>
        <translation>Decisión propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic visit</source>
        <translation>Cita en consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood test</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>Infusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment days</source>
        <translation>Días de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the body</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose and fractions (as the letter says)</source>
        <translation>Dosis y fracciones (tal como pone el informe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure or operation</source>
        <translation>Procedimiento u operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stereotactic radiotherapy</source>
        <translation>Radioterapia estereotáctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pleural drain</source>
        <translation>Drenaje pleural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ascitic drain</source>
        <translation>Drenaje de ascitis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertebroplasty</source>
        <translation>Vertebroplastia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ablation</source>
        <translation>Ablación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other procedure</source>
        <translation>Otro procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../tracker/ui/settings/diagnosis_page.py" line="+67"/>
        <source>About my diagnosis</source>
        <extracomment>A date edit at this value shows &quot;Not recorded&quot;. What was stored before the last save, for Undo (one step). What the form showed when last loaded or saved (unsaved edits differ from it).</extracomment>
        <translation>Sobre mi diagnóstico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record only what you want to. Everything here is optional, and you can change or clear it at any time. The app only keeps these facts for you; it never uses them to suggest treatment.</source>
        <translation>Anota solo lo que quieras. Todo aquí es opcional y puedes cambiarlo o borrarlo cuando quieras. La aplicación solo guarda estos datos para ti; nunca los usa para proponer un tratamiento.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receptor status</source>
        <extracomment>What is turned off while the form is read or saved (each field keeps its own state).</extracomment>
        <translation>Estado de los receptores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These are on your pathology report. Choose “Not known” if you are not sure.</source>
        <translation>Aparecen en tu informe de anatomía patológica. Elige «No lo sé» si tienes dudas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+173"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>HER2-low</source>
        <translation>HER2 bajo</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>E&amp;R (oestrogen receptor):</source>
        <translation>R&amp;E (receptor de estrógenos):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PR (progesterone receptor):</source>
        <translation>R&amp;P (receptor de progesterona):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HER&amp;2:</source>
        <translation>HER&amp;2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do these results mean?</source>
        <translation>¿Qué significan estos resultados?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the cancer has spread</source>
        <translation>Dónde se ha extendido el cáncer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;one</source>
        <translation>&amp;Hueso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;iver</source>
        <translation>H&amp;ígado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lun&amp;g</source>
        <translation>&amp;Pulmón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Br&amp;ain</source>
        <translation>&amp;Cerebro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;kin</source>
        <translation>P&amp;iel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;ymph nodes</source>
        <translation>&amp;Ganglios linfáticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ther</source>
        <translation>&amp;Otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spread to: {site}</source>
        <translation>Extendido a: {site}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is secondary breast cancer?</source>
        <translation>¿Qué es el cáncer de mama secundario?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key dates</source>
        <translation>Fechas importantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a date to record it. An unticked date is not recorded.</source>
        <translation>Marca una fecha para anotarla. Una fecha sin marcar no se guarda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First &amp;diagnosis:</source>
        <translation>Primer &amp;diagnóstico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;condary diagnosis:</source>
        <translation>Diagnóstico &amp;secundario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record {date}</source>
        <translation>Anotar {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Notes, for example genetic results such as BRCA, PIK3CA or ESR1 if you know them:</source>
        <translation>&amp;Notas, por ejemplo resultados genéticos como BRCA, PIK3CA o ESR1 si los conoces:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes about my diagnosis</source>
        <translation>Notas sobre mi diagnóstico</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include in the clinic su&amp;mmary</source>
        <translation>Incluir en el &amp;resumen para la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include these facts in the clinic summary</source>
        <translation>Incluir estos datos en el resumen para la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These facts are shown in the clinic summary only if you tick this. Your date of birth is shown only if you also choose it when making the summary.</source>
        <translation>Estos datos solo aparecen en el resumen para la consulta si marcas esto. Tu fecha de nacimiento solo aparece si además la eliges al crear el resumen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo last save</source>
        <translation>&amp;Deshacer el último guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last save</source>
        <translation>Deshacer el último guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>ER (oestrogen receptor)</source>
        <translation>RE (receptor de estrógenos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PR (progesterone receptor)</source>
        <translation>RP (receptor de progesterona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HER2</source>
        <translation>HER2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread to</source>
        <translation>Extendido a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First diagnosis</source>
        <translation>Primer diagnóstico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary diagnosis</source>
        <translation>Diagnóstico secundario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: please check the field marked in red.</source>
        <translation>No se ha guardado: revisa el campo marcado en rojo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last save was undone.</source>
        <translation>Se ha deshecho tu último guardado.</translation>
    </message>
</context>
<context>
    <name>DiaryKinds</name>
    <message>
        <location filename="../tracker/ui/diary/wording.py" line="+32"/>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab result</source>
        <translation>Resultado de análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Prueba de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../tracker/ui/diary/view.py" line="+47"/>
        <location line="+59"/>
        <source>Log symptoms</source>
        <translation>Anotar síntomas</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Log how you feel (Ctrl+N)</source>
        <translation>Anota cómo te encuentras (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the past 7 days (Ctrl+K)</source>
        <translation>Valora los últimos 7 días (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab result</source>
        <translation>Resultado de análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Prueba de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for your next appointment</source>
        <translation>Pregunta para tu próxima cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Deshacer: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Other version…</source>
        <translation>&amp;Otra versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry was changed on two computers: see the earlier version</source>
        <translation>Esta anotación se cambió en dos ordenadores: mira la versión anterior</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Diary entries, newest first</source>
        <translation>Anotaciones del diario, las más recientes primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in your diary yet</source>
        <translation>Tu diario aún está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log how you feel today: it takes less than a minute. Doses you tick in your plan, lab results, scans, notes and questions for your next appointment will appear here too.</source>
        <translation>Anota cómo te encuentras hoy: se tarda menos de un minuto. Aquí también aparecerán las dosis que marques en tu plan, los resultados de análisis, las pruebas de imagen, las notas y las preguntas para tu próxima cita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match these filters</source>
        <translation>Ninguna anotación coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the filters above, or clear them to see everything.</source>
        <translation>Cambia los filtros de arriba o quítalos para verlo todo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add a lab result (Diary)</source>
        <extracomment>(selected item, scroll position) to keep when the refresh under way lands. What an action says once the list shows its result (&quot;Deleted. … Ctrl+Z to undo.&quot;), and the history step it speaks of: not said if the journal refused that step.</extracomment>
        <translation>Añadir un resultado de análisis (Diario)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question for your next appointment (Diary)</source>
        <translation>Añadir una pregunta para tu próxima cita (Diario)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed on two computers before they synced: the later change is shown. “Other version…” shows the earlier one.</source>
        <translation>Se cambió en dos ordenadores antes de que se sincronizaran: se muestra el cambio más reciente. «Otra versión…» muestra el anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses and appointments are changed in Plan; Edit opens it.</source>
        <translation>Las dosis y las citas se cambian en Plan; Editar lo abre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This entry was deleted. It stays in your history; Restore brings it back.</source>
        <translation>Esta anotación se borró. Sigue en tu historial; Recuperar la trae de vuelta.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Restored. Press Ctrl+Z to undo.</source>
        <translation>Recuperada. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted. It stays in your history. Press Ctrl+Z to undo.</source>
        <translation>Borrada. Sigue en tu historial. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>DrugDialog</name>
    <message>
        <location filename="../tracker/ui/plan/drug_dialog.py" line="+74"/>
        <source>Edit a drug in the plan</source>
        <extracomment>For edits: &quot;from_now_on&quot; or &quot;correct&quot;, and the date the change applies from.</extracomment>
        <translation>Editar un medicamento del plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a drug to the plan</source>
        <translation>Añadir un medicamento al plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a generic or brand name, e.g. letrozole or Femara</source>
        <translation>Escribe el nombre genérico o comercial, p. ej. letrozol o Femara</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Drug:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Common schedules for this drug</source>
        <translation>Pautas habituales de este medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common &amp;schedules:</source>
        <translation>&amp;Pautas habituales:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly as on your plan, e.g. 125 mg</source>
        <translation>Tal como pone en tu plan, p. ej. 125 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ose (from your plan):</source>
        <translation>D&amp;osis (según tu plan):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How it is given:</source>
        <translation>&amp;Cómo se administra:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once on each dose day</source>
        <translation>Una vez cada día de dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice on each dose day</source>
        <translation>Dos veces cada día de dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times on a dose day</source>
        <translation>Cuántas veces en un día de dosis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First time of day</source>
        <translation>Primera hora del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second time of day</source>
        <translation>Segunda hora del día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder times:</source>
        <translation>Horas de aviso:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until the team stops it</source>
        <translation>Hasta que el equipo lo suspenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of cycles or doses</source>
        <translation>Número de ciclos o dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of c&amp;ycles or doses:</source>
        <translation>Número de c&amp;iclos o dosis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the plan</source>
        <translation>Revisa el plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What kind of change is this?</source>
        <translation>¿Qué tipo de cambio es?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on — the team changed the plan (what happened before stays as it was)</source>
        <translation>A partir de ahora: el equipo cambió el plan (lo anterior se queda como estaba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the past — it was entered wrongly (past dates change too)</source>
        <translation>Corregir el pasado: se anotó mal (también cambian las fechas pasadas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change applies from</source>
        <translation>El cambio se aplica desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies from the first cycle or dose on or after:</source>
        <translation>Se aplica desde el primer ciclo o dosis en esta fecha o después:</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+4"/>
        <source>Not in the app&apos;s list: it will be saved with the name you typed.</source>
        <translation>No está en la lista de la aplicación: se guardará con el nombre que has escrito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: set the schedule below</source>
        <translation>Ninguna: indica la pauta abajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is {name}?</source>
        <translation>¿Qué es {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one to fill in the schedule…</source>
        <translation>Elige una para rellenar la pauta…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Next dates: {dates}</source>
        <translation>Próximas fechas: {dates}</translation>
    </message>
</context>
<context>
    <name>EndLineDialog</name>
    <message>
        <location filename="../tracker/ui/plan/dialogs.py" line="+19"/>
        <source>End this line of treatment</source>
        <translation>Terminar esta línea de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line and its reminders stop after the last day. Everything recorded stays.</source>
        <translation>La línea y sus recordatorios se detienen tras el último día. Todo lo anotado se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last day of treatment:</source>
        <translation>Ú&amp;ltimo día de tratamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it ended:</source>
        <translation>&amp;Por qué terminó:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../tracker/ui/common/errors.py" line="+75"/>
        <source>Treatment Journey</source>
        <extracomment>Messages shown without a parent: kept here while open (nothing else holds them), dropped on close.</extracomment>
        <translation>Treatment Journey</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../tracker/ui/reports/export_panel.py" line="+122"/>
        <source>Export your information</source>
        <translation>Exportar tu información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported files are not encrypted: anyone who can open them can read them. Keep them somewhere safe and delete them when you no longer need them.</source>
        <translation>Los archivos exportados no están cifrados: cualquiera que pueda abrirlos puede leerlos. Guárdalos en un lugar seguro y bórralos cuando ya no los necesites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Only include from</source>
        <translation>&amp;Incluir solo desde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day to include</source>
        <translation>Primer día que se incluye</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day to include</source>
        <translation>Último día que se incluye</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dates apply to the spreadsheet and health record files. The complete data file always holds everything; the calendar covers the next year.</source>
        <translation>Las fechas se aplican a las hojas de cálculo y al historial de salud. El archivo de datos completo siempre lo contiene todo; el calendario abarca el próximo año.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a JSON export as a new journal…</source>
        <translation>&amp;Importar una exportación JSON como diario nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a separate journal from a complete data file. Your current journal is not changed.</source>
        <translation>Crea un diario aparte a partir de un archivo de datos completo. Tu diario actual no cambia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file will not be encrypted</source>
        <translation>Este archivo no estará cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway?</source>
        <translation>¿Exportar de todos modos?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a JSON export</source>
        <translation>Importar una exportación JSON</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>That folder does not exist any more. Choose another place.</source>
        <translation>Esa carpeta ya no existe. Elige otro sitio.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/i18n_extra.py" line="+188"/>
        <source>&amp;Spreadsheet files (CSV)…</source>
        <translation>Archivos de &amp;hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per kind of record, in a zip. Opens in Excel, LibreOffice or Numbers.</source>
        <translation>Un archivo por cada tipo de registro, en un zip. Se abre en Excel, LibreOffice o Numbers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey spreadsheets</source>
        <translation>Hojas de cálculo de Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete data file (JSON)…</source>
        <translation>Archivo de datos &amp;completo (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in the journal, for moving to another computer. It can be imported again as a new journal.</source>
        <translation>Todo lo que hay en el diario, para pasarlo a otro ordenador. Se puede volver a importar como diario nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey data</source>
        <translation>Datos de Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../tracker/ui/reports/export_panel.py" line="-33"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health record for &amp;patient portals (FHIR)…</source>
        <translation>Historial de salud para &amp;portales del paciente (FHIR)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calenda&amp;r (.ics)…</source>
        <translation>Calenda&amp;rio (.ics)…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Medicines, test results and your symptom ratings in the FHIR R4 format some patient portals accept.</source>
        <translation>Medicamentos, resultados de pruebas y tus valoraciones de síntomas en el formato FHIR R4 que aceptan algunos portales del paciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey health record</source>
        <translation>Historial de salud de Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR JSON files (*.json)</source>
        <translation>Archivos FHIR JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned doses and appointments for the next year, for the calendar on your phone or computer.</source>
        <translation>Dosis y citas previstas para el próximo año, para el calendario de tu móvil u ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey calendar</source>
        <translation>Calendario de Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../tracker/ui/reports/export_panel.py" line="+51"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved “{file}” in {folder}. It is not encrypted.</source>
        <translation>Se ha guardado «{file}» en {folder}. No está cifrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That could not be done.</source>
        <translation>No se ha podido hacer.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file could not be imported. Nothing was changed.</source>
        <translation>No se ha podido importar el archivo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new journal “{name}” was made. Open it from the start screen.</source>
        <translation>Se ha creado el diario nuevo «{name}». Ábrelo desde la pantalla de inicio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the new journal now? This journal will be closed; you can open it again from the start screen.</source>
        <translation>¿Abrir ahora el diario nuevo? Este diario se cerrará; puedes volver a abrirlo desde la pantalla de inicio.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../tracker/ui/diary/filter_bar.py" line="+28"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any symptom</source>
        <translation>Cualquier síntoma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;deleted</source>
        <translation>Mostrar &amp;borradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of entry</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../tracker/ui/backup/import_dialog.py" line="+31"/>
        <source>Import as a new journal</source>
        <extracomment>(name, passphrase)</extracomment>
        <translation>Importar como diario nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” will become a new, separate journal, encrypted with the passphrase you choose here. Your current journal is not changed.</source>
        <translation>«{file}» se convertirá en un diario nuevo e independiente, cifrado con la frase de contraseña que elijas aquí. Tu diario actual no cambia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use the name saved in the file</source>
        <translation>Déjalo vacío para usar el nombre guardado en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;Nombre o apodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type it &amp;again:</source>
        <translation>Escríbela &amp;otra vez:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>ImportedKeyDialog</name>
    <message>
        <location filename="../tracker/ui/backup/recovery_key_dialog.py" line="+17"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The new journal “{name}” was made with %n record(s) from the file.</source>
        <translation>
            <numerusform>Se ha creado el diario nuevo «{name}» con %n registro del archivo.</numerusform>
            <numerusform>Se ha creado el diario nuevo «{name}» con %n registros del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the new journal&apos;s recovery key. It opens the journal if you forget the passphrase. It will not be shown again: print it or save it, and keep it somewhere safe.</source>
        <translation>Esta es la clave de recuperación del diario nuevo. Abre el diario si olvidas la frase de contraseña. No se volverá a mostrar: imprímela o guárdala, y tenla en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This key will not be shown again. Close without keeping it?</source>
        <translation>Esta clave no se volverá a mostrar. ¿Cerrar sin guardarla?</translation>
    </message>
</context>
<context>
    <name>JoinSharedDialog</name>
    <message>
        <location filename="../tracker/ui/unlock/join_dialog.py" line="+43"/>
        <source>Open a shared journal</source>
        <translation>Abrir un diario compartido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone shared their journal with you through a synced folder (Syncthing, Nextcloud, Dropbox, OneDrive) or a USB stick. Choose that folder as it is on this computer, and type your own passphrase: the one you typed on their computer when they added you.</source>
        <translation>Alguien ha compartido su diario contigo a través de una carpeta sincronizada (Syncthing, Nextcloud, Dropbox, OneDrive) o de una memoria USB. Elige esa carpeta tal como está en este ordenador y escribe tu propia frase de contraseña: la que escribiste en su ordenador cuando te añadió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shared folder</source>
        <translation>La carpeta compartida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal is copied to this computer and opens with the same passphrase here. Its changes and yours then travel through the folder, encrypted.</source>
        <translation>El diario se copia en este ordenador y aquí se abre con la misma frase de contraseña. Después, sus cambios y los tuyos viajan cifrados a través de la carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the shared journal</source>
        <translation>Abriendo el diario compartido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the shared folder first.</source>
        <translation>Elige primero la carpeta compartida.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopped. Nothing was made on this computer.</source>
        <translation>Detenido. No se ha creado nada en este ordenador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase does not open this shared journal. Type the passphrase you chose when you were added on the other computer, and check Caps Lock.</source>
        <translation>Esa frase de contraseña no abre este diario compartido. Escribe la frase de contraseña que elegiste cuando te añadieron en el otro ordenador, y comprueba el Bloq Mayús.</translation>
    </message>
</context>
<context>
    <name>JoinedKeyDialog</name>
    <message>
        <location line="+24"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The shared journal is now on this computer. This is its recovery key here: it opens the journal on this computer if you forget your passphrase. It will not be shown again: print it or save it, and keep it somewhere safe.</source>
        <translation>El diario compartido ya está en este ordenador. Esta es su clave de recuperación aquí: abre el diario en este ordenador si olvidas tu frase de contraseña. No se volverá a mostrar: imprímela o guárdala, y tenla en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open my journal</source>
        <translation>&amp;Abrir mi diario</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../tracker/ui/unlock/model.py" line="+39"/>
        <source>Journal {id} (its key file needs attention)</source>
        <translation>Diario {id} (su archivo de claves necesita atención)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file of this journal is missing or damaged.</source>
        <translation>Falta el archivo de claves de este diario o está dañado.</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../tracker/ui/i18n_extra.py" line="-191"/>
        <source>There are several journals here; choose one with --journal.</source>
        <translation>Aquí hay varios diarios; elige uno con --journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no journal in this folder yet.</source>
        <translation>Todavía no hay ningún diario en esta carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from must be on or before --to.</source>
        <translation>--from debe ser igual o anterior a --to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON export is always complete, so it can be imported again; leave out --from and --to.</source>
        <translation>Una exportación JSON siempre es completa para poder importarla de nuevo; quita --from y --to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calendar export always holds the planned doses and appointments from today for a year; leave out --from and --to.</source>
        <translation>Una exportación al calendario siempre contiene las dosis y citas previstas desde hoy durante un año; quita --from y --to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--lang applies to the pdf and csv formats only.</source>
        <translation>--lang solo se aplica a los formatos pdf y csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--machine-headers applies to the csv format only.</source>
        <translation>--machine-headers solo se aplica al formato csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert rules that come with the app could not be read, so alerts cannot be checked. Please reinstall the app.</source>
        <translation>No se han podido leer las reglas de avisos que vienen con la aplicación, así que no se pueden comprobar los avisos. Vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose sites of spread from the list.</source>
        <translation>Elige de la lista los lugares donde se ha extendido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date of birth is more than 120 years ago. Check the year.</source>
        <translation>Esta fecha de nacimiento es de hace más de 120 años. Revisa el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secondary diagnosis date is before the first diagnosis. Check both dates.</source>
        <translation>La fecha del diagnóstico secundario es anterior a la del primer diagnóstico. Revisa las dos fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These notes are too long. Keep them under 4,000 characters.</source>
        <translation>Estas notas son demasiado largas. Que no pasen de 4000 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the listed receptor results.</source>
        <translation>Elige uno de los resultados de receptores de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter this date as a day, month and year.</source>
        <translation>Escribe esta fecha con el día, el mes y el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is in the future. Check the day, month and year.</source>
        <translation>Esta fecha es futura. Revisa el día, el mes y el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is before the date of birth. Check the year.</source>
        <translation>Esta fecha es anterior a la fecha de nacimiento. Revisa el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation>Algo ha fallado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase does not open this journal. Nothing was changed. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no abre este diario. No ha cambiado nada. Comprueba el Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recovery key does not open this journal. Check each group of letters and try again.</source>
        <translation>Esa clave de recuperación no abre este diario. Revisa cada grupo de letras y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal file is damaged and cannot be opened. Your passphrase was right. You can restore the newest backup.</source>
        <translation>El archivo de este diario está dañado y no se puede abrir. Tu frase de contraseña era correcta. Puedes restaurar la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal now has its new keys, but some older copies in its folder could not be re-locked: the computer could not write there (the disk may be full). They still open with the old passphrase and recovery key: delete them from the backups folder, or use New keys again once there is room.</source>
        <translation>Tu diario ya tiene sus claves nuevas, pero algunas copias anteriores de su carpeta no se han podido volver a cifrar: el ordenador no ha podido escribir allí (puede que el disco esté lleno). Se siguen abriendo con la frase de contraseña y la clave de recuperación antiguas: bórralas de la carpeta de copias de seguridad, o vuelve a usar Claves nuevas cuando haya espacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file that goes with this journal is missing. If you have a backup, restore it; the key file is inside every backup.</source>
        <translation>Falta el archivo de claves de este diario. Si tienes una copia de seguridad, restáurala; el archivo de claves va dentro de cada copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file that goes with this journal is damaged and its spare copy could not be used. Restore the newest backup to get it back.</source>
        <translation>El archivo de claves de este diario está dañado y no se ha podido usar su copia de reserva. Restaura la copia de seguridad más reciente para recuperarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal was saved by a newer version of Treatment Journey. Please update the app to open it. The journal was not changed.</source>
        <translation>Este diario se guardó con una versión más nueva de Treatment Journey. Actualiza la aplicación para abrirlo. El diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full, so this could not be saved. Free some space and try again. Nothing already saved was lost.</source>
        <translation>El disco está lleno y no se ha podido guardar. Libera algo de espacio y vuelve a intentarlo. No se ha perdido nada de lo ya guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment Journey cannot write to its folder. Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Treatment Journey no puede escribir en su carpeta. Revisa los permisos de la carpeta o elige otra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No journal with that name was found in this folder.</source>
        <translation>No se ha encontrado ningún diario con ese nombre en esta carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is open in Treatment Journey (or in another tracker command). Close or lock it there and try again. Nothing was changed.</source>
        <translation>Este diario está abierto en Treatment Journey (o en otro comando de tracker). Ciérralo o bloquéalo allí y vuelve a intentarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is locked. Unlock it to continue.</source>
        <translation>El diario está bloqueado. Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That value is not possible.</source>
        <translation>Ese valor no es posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported. Nothing was changed.</source>
        <translation>No se ha podido importar ese archivo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That backup file is damaged or not a Treatment Journey backup. Your current journal was not changed.</source>
        <translation>Ese archivo de copia está dañado o no es una copia de Treatment Journey. Tu diario actual no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder could not be found. If it is on a USB stick or a network drive, connect it and try again. Nothing was changed.</source>
        <translation>No se ha encontrado la carpeta compartida. Si está en una memoria USB o en una unidad de red, conéctala y vuelve a intentarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder does not hold a journal shared by Treatment Journey. Choose the folder you picked when sharing.</source>
        <translation>Esa carpeta no contiene ningún diario compartido por Treatment Journey. Elige la carpeta que escogiste al compartir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder&apos;s key list was changed by something other than Treatment Journey, so it was not used. Nothing was changed. Ask the person who shared the journal to check the shared folder.</source>
        <translation>La lista de claves de la carpeta compartida la ha cambiado algo distinto de Treatment Journey, así que no se ha usado. No ha cambiado nada. Pide a la persona que compartió el diario que revise la carpeta compartida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder&apos;s key list is damaged or was made by a newer version of Treatment Journey, so the shared journal cannot be opened from it. Nothing was changed.</source>
        <translation>La lista de claves de la carpeta compartida está dañada o la creó una versión más nueva de Treatment Journey, así que no se puede abrir el diario compartido desde ella. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were removed from this shared journal, so new changes from the other computers can no longer be opened here. Everything already on this computer is still here.</source>
        <translation>Te han quitado de este diario compartido, así que aquí ya no se pueden abrir los cambios nuevos de los otros ordenadores. Todo lo que ya está en este ordenador sigue aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file_name} in the shared folder could not be read: it is damaged, cut short, or does not belong to this journal. It was not applied and your journal was not changed.</source>
        <translation>No se ha podido leer el archivo {file_name} de la carpeta compartida: está dañado, incompleto o no pertenece a este diario. No se ha aplicado y tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file_name} in the shared folder was made with a newer key than this computer has. It was not applied and your journal was not changed.</source>
        <translation>El archivo {file_name} de la carpeta compartida se creó con una clave más nueva que la que tiene este ordenador. No se ha aplicado y tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file_name} in the shared folder was written with the key from before a person was removed from the shared journal. It was not applied and your journal was not changed.</source>
        <translation>El archivo {file_name} de la carpeta compartida se escribió con la clave de antes de quitar a una persona del diario compartido. No se ha aplicado y tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another copy of this journal is writing to the shared folder under this computer&apos;s name, so nothing was written there and nothing was overwritten. Stop sharing on the copied journal, or join the shared journal again on this computer.</source>
        <translation>Otra copia de este diario está escribiendo en la carpeta compartida con el nombre de este ordenador, así que no se ha escrito nada allí ni se ha sobrescrito nada. Deja de compartir en el diario copiado, o vuelve a unirte al diario compartido en este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is not shared with another computer. Share it first: Settings, then Sharing.</source>
        <translation>Este diario no se comparte con otro ordenador. Compártelo primero: en Ajustes, Compartir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journal is already shared through a folder. To use another folder, stop sharing on this computer first.</source>
        <translation>Este diario ya se comparte a través de una carpeta. Para usar otra carpeta, deja primero de compartir en este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes from another computer could not be applied: they are damaged or hold something this app does not accept. Nothing was changed.</source>
        <translation>No se han podido aplicar los cambios de otro ordenador: están dañados o contienen algo que esta aplicación no acepta. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A course has 1 to 60 treatments.</source>
        <translation>Un tratamiento tiene de 1 a 60 sesiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That text is too long. Please shorten it.</source>
        <translation>Ese texto es demasiado largo. Acórtalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose what kind of treatment this is.</source>
        <translation>Elige qué tipo de tratamiento es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose what the procedure was.</source>
        <translation>Elige qué procedimiento fue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please say where in the body it was, in your own words (for example: spine).</source>
        <translation>Indica en qué zona del cuerpo fue, con tus propias palabras (por ejemplo: columna).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give at least one treatment day.</source>
        <translation>Indica al menos un día de tratamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A treatment day comes before its line of treatment started. Check the dates.</source>
        <translation>Un día de tratamiento es anterior al inicio de su línea de tratamiento. Revisa las fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A treatment day is more than a year from now. Check the year.</source>
        <translation>Un día de tratamiento es dentro de más de un año. Revisa el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type a number.</source>
        <translation>Escribe un número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That number is far too large for a lab result. Check the number.</source>
        <translation>Ese número es demasiado grande para un resultado de análisis. Revisa el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose °C or °F.</source>
        <translation>Elige °C o °F.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A body temperature is between 34 and 43 °C. Check the reading.</source>
        <translation>La temperatura corporal está entre 34 y 43 °C. Revisa la medición.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A body temperature is between 93 and 109 °F. Check the reading.</source>
        <translation>La temperatura corporal está entre 93 y 109 °F. Revisa la medición.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose kg or lb.</source>
        <translation>Elige kg o lb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight is between 20 and 300 kg. Check the number.</source>
        <translation>Un peso está entre 20 y 300 kg. Revisa el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what this number measures.</source>
        <translation>Indica qué mide este número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That number is far too large. Check the number.</source>
        <translation>Ese número es demasiado grande. Revisa el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That unit is too long.</source>
        <translation>Esa unidad es demasiado larga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight is between 45 and 660 lb. Check the number.</source>
        <translation>Un peso está entre 45 y 660 lb. Revisa el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That symptom is not in the list. Choose one from the suggestions.</source>
        <translation>Ese síntoma no está en la lista. Elige uno de las sugerencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how bad it was, or remove this symptom.</source>
        <translation>Elige cuánto te molestó o quita este síntoma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please describe where in fewer words.</source>
        <translation>Describe dónde con menos palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note is too long. Please keep it under 4000 characters.</source>
        <translation>Esa nota es demasiado larga. Que no pase de 4000 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time is in the future. Choose the time you felt it.</source>
        <translation>Esa hora es futura. Elige la hora en que lo notaste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That date is more than a year ago. Check the year.</source>
        <translation>Esa fecha es de hace más de un año. Revisa el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This symptom is not rated that way.</source>
        <translation>Este síntoma no se valora de esa forma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rating from 0 to 4.</source>
        <translation>Elige una puntuación del 0 al 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That should be text.</source>
        <translation>Aquí debe ir texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text contains characters that cannot be saved (invisible control characters or a broken character). Please type it again.</source>
        <translation>Este texto contiene caracteres que no se pueden guardar (caracteres de control invisibles o un carácter dañado). Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time zone is not known. Choose a place from the list.</source>
        <translation>No se reconoce esa zona horaria. Elige un lugar de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name is too long. Please shorten it.</source>
        <translation>Ese nombre es demasiado largo. Acórtalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is one line of text.</source>
        <translation>Un nombre ocupa una sola línea de texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That date is not possible. Check the year.</source>
        <translation>Esa fecha no es posible. Revisa el año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time has no time zone.</source>
        <translation>Esa hora no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is too many times in one day.</source>
        <translation>Son demasiadas horas para un solo día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeat is every 1 to 365 days, weeks or months.</source>
        <translation>La repetición puede ser cada 1 a 365 días, semanas o meses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cycle lasts 1 to 120 days.</source>
        <translation>Un ciclo dura de 1 a 120 días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not one of the choices.</source>
        <translation>Esa no es una de las opciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That setting is damaged.</source>
        <translation>Ese ajuste está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the question you want to ask.</source>
        <translation>Escribe la pregunta que quieres hacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a note.</source>
        <translation>Escribe una nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stepped course has at most 50 steps of 1 to 365 days each.</source>
        <translation>Una pauta descendente tiene como máximo 50 pasos, de 1 a 365 días cada uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason for ending is given but the line has not ended.</source>
        <translation>Hay un motivo de finalización, pero la línea no ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a procedure says what the procedure was.</source>
        <translation>Solo un procedimiento indica qué procedimiento fue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local_treatments</source>
        <translation>local_treatments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom_entries</source>
        <translation>symptom_entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file must hold a JSON list of vignettes.</source>
        <translation>El archivo debe contener una lista JSON de viñetas clínicas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose what kind of appointment this is.</source>
        <translation>Elige qué tipo de cita es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That appointment no longer exists.</source>
        <translation>Esa cita ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal from this backup is already in this folder. Open it and use Restore in Settings, Backups to replace it. Nothing was changed.</source>
        <translation>Ya hay en esta carpeta un diario de esta copia. Ábrelo y usa Restaurar en Ajustes, Copias de seguridad, para reemplazarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made by a newer version of Treatment Journey. Update the app to restore it. Your current journal was not changed.</source>
        <translation>Esta copia se hizo con una versión más nueva de Treatment Journey. Actualiza la aplicación para restaurarla. Tu diario actual no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup holds records the app cannot accept, so it was not restored. Your current journal was not changed.</source>
        <translation>Esta copia contiene registros que la aplicación no puede aceptar, así que no se ha restaurado. Tu diario actual no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup is of a different journal. Restore it as a new journal instead. Your current journal was not changed.</source>
        <translation>Esta copia es de otro diario. Restáurala como diario nuevo. Tu diario actual no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for the backup does not exist. Choose another place.</source>
        <translation>La carpeta para la copia no existe. Elige otro sitio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That does not look like a phone number. Use digits, spaces, + and brackets.</source>
        <translation>Eso no parece un número de teléfono. Usa cifras, espacios, + y paréntesis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That phone number is too long.</source>
        <translation>Ese número de teléfono es demasiado largo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give this contact a name.</source>
        <translation>Ponle un nombre a este contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one symptom, a measurement or a note.</source>
        <translation>Añade al menos un síntoma, una medida o una nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is entering this.</source>
        <translation>Elige quién lo está anotando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That entry no longer exists.</source>
        <translation>Esa anotación ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This symptom is in the list twice. Keep one.</source>
        <translation>Este síntoma aparece dos veces en la lista. Deja uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose taken, missed, skipped or held by the team.</source>
        <translation>Elige tomada, olvidada, saltada o pausada por el equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dose cannot be taken before the day it was planned for.</source>
        <translation>Una dosis no se puede tomar antes del día previsto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drug is no longer in the plan.</source>
        <translation>Ese medicamento ya no está en el plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported: it is not a Treatment Journey data file (JSON export). Nothing was changed.</source>
        <translation>No se ha podido importar ese archivo: no es un archivo de datos de Treatment Journey (exportación JSON). No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file was made by a newer version of Treatment Journey. Update the app, then import it. Nothing was changed.</source>
        <translation>Ese archivo se hizo con una versión más nueva de Treatment Journey. Actualiza la aplicación y después impórtalo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported: some of its records are damaged or incomplete. Nothing was changed.</source>
        <translation>No se ha podido importar ese archivo: algunos de sus registros están dañados o incompletos. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is far larger than any Treatment Journey data file, so it was not imported. Nothing was changed.</source>
        <translation>Ese archivo es mucho más grande que cualquier archivo de datos de Treatment Journey, así que no se ha importado. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be read. Check that it is still there and try again. Nothing was changed.</source>
        <translation>No se ha podido leer ese archivo. Comprueba que sigue ahí y vuelve a intentarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file could not be imported: some of its records contradict each other. Nothing was changed.</source>
        <translation>No se ha podido importar ese archivo: algunos de sus registros se contradicen. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That treatment is no longer in the journal.</source>
        <translation>Ese tratamiento ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That name is too long (200 characters at most).</source>
        <translation>Ese nombre es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>That date is in the future. Use the date on the report.</source>
        <translation>Esa fecha es futura. Usa la fecha del informe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That date is too long ago. Check the year.</source>
        <translation>Esa fecha es demasiado antigua. Revisa el año.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>That text is too long.</source>
        <translation>Ese texto es demasiado largo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a test from the list, or Other test.</source>
        <translation>Elige un análisis de la lista, u Otro análisis.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Say which test this is.</source>
        <translation>Indica qué análisis es.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Please type the number from the report.</source>
        <translation>Escribe el número que aparece en el informe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lab result is not below zero. Check the number.</source>
        <translation>Un resultado de análisis no es menor que cero. Revisa el número.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Say what kind of scan it was (for example CT or bone scan).</source>
        <translation>Indica qué tipo de prueba fue (por ejemplo, TAC o gammagrafía ósea).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That result no longer exists.</source>
        <translation>Ese resultado ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That scan no longer exists.</source>
        <translation>Esa prueba ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please give the carer&apos;s name.</source>
        <translation>Escribe el nombre de la persona cuidadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give a name or nickname.</source>
        <translation>Escribe un nombre o apodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a carer can be removed.</source>
        <translation>Solo se puede quitar a una persona cuidadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a carer can be brought back.</source>
        <translation>Solo se puede volver a añadir a una persona cuidadora.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Please give at least one time of day.</source>
        <translation>Indica al menos una hora del día.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Please give the line a name, for example the drugs in it.</source>
        <translation>Ponle un nombre a la línea, por ejemplo los medicamentos que incluye.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose why this line ended.</source>
        <translation>Elige por qué terminó esta línea.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>That line of treatment no longer exists.</source>
        <translation>Esa línea de tratamiento ya no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose a drug or type its name.</source>
        <translation>Elige un medicamento o escribe su nombre.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The number of cycles must be at least 1.</source>
        <translation>El número de ciclos debe ser al menos 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delay is between 1 and 365 days.</source>
        <translation>Un retraso es de entre 1 y 365 días.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Please write the new dose as your team gave it.</source>
        <translation>Escribe la nueva dosis tal como te la dio tu equipo.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The computer&apos;s password store could not be reached.</source>
        <translation>No se ha podido acceder al almacén de contraseñas del ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store (keyring) that the app can use.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas seguro (llavero) que la aplicación pueda usar.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That schedule is not complete. Check the days and the repeat.</source>
        <translation>Esa pauta no está completa. Revisa los días y la repetición.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give times of day like 08:00.</source>
        <translation>Indica las horas así: 08:00.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A line cannot end before it started.</source>
        <translation>Una línea no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drug starts before its line of treatment starts.</source>
        <translation>Este medicamento empieza antes que su línea de tratamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start is after the end of this line.</source>
        <translation>El inicio es posterior al final de esta línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose one of the answers.</source>
        <translation>Elige una de las respuestas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please keep this under 2000 characters.</source>
        <translation>Que no pase de 2000 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That question no longer exists.</source>
        <translation>Esa pregunta ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved reminder times could not be read. Reminders start again when you unlock your journal, which also writes the times afresh.</source>
        <translation>No se han podido leer las horas de recordatorio guardadas. Los recordatorios vuelven a empezar cuando desbloqueas tu diario, lo que además vuelve a escribir las horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared journal in that folder has no starting copy yet. Ask the person who shared it to open Treatment Journey while the folder is connected, then try again.</source>
        <translation>El diario compartido de esa carpeta aún no tiene una copia inicial. Pide a la persona que lo compartió que abra Treatment Journey con la carpeta conectada, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person can already open the shared journal.</source>
        <translation>Esta persona ya puede abrir el diario compartido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot remove yourself. Stop sharing on this computer instead.</source>
        <translation>No puedes quitarte de la lista. En su lugar, deja de compartir en este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That person cannot open the shared journal any more.</source>
        <translation>Esa persona ya no puede abrir el diario compartido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder holds another shared journal, not this one. Choose the folder this journal is shared through.</source>
        <translation>Esa carpeta contiene otro diario compartido, no este. Elige la carpeta a través de la que se comparte este diario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made by a newer version of Treatment Journey. Update the app to restore it.</source>
        <translation>Esta copia se hizo con una versión más nueva de Treatment Journey. Actualiza la aplicación para restaurarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That backup file could not be found.</source>
        <translation>No se ha encontrado ese archivo de copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal&apos;s data file is missing from its folder. You can restore the newest backup.</source>
        <translation>Falta el archivo de datos del diario en su carpeta. Puedes restaurar la copia más reciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again.</source>
        <translation>Una clave de recuperación tiene 32 letras y cifras en 8 grupos de 4. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase does not open this shared journal. Each person uses their own passphrase, the one they typed when they were added. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre este diario compartido. Cada persona usa su propia frase de contraseña, la que escribió cuando la añadieron. No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder already holds this shared journal. Use “Open a shared journal…” to join it instead.</source>
        <translation>Esa carpeta ya contiene este diario compartido. Usa «Abrir un diario compartido…» para unirte a él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That folder holds more than one shared journal. Choose the folder of the one to open (its name starts with “treatment-journey-”).</source>
        <translation>Esa carpeta contiene más de un diario compartido. Elige la carpeta del que quieres abrir (su nombre empieza por «treatment-journey-»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved there. Check the folder and try again.</source>
        <translation>No se ha podido guardar el gráfico ahí. Revisa la carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose the drug this applies to.</source>
        <translation>Elige el medicamento al que se aplica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two times of day are the same.</source>
        <translation>Las dos horas del día son iguales.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The PDF could not be saved there. Check that the folder exists and you can write to it, then try again.</source>
        <translation>No se ha podido guardar el PDF ahí. Comprueba que la carpeta existe y que puedes escribir en ella, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>That time is in the future. Choose when the dose was taken.</source>
        <translation>Esa hora es futura. Elige cuándo se tomó la dosis.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/common/errors.py" line="-39"/>
        <location line="+4"/>
        <source>Where: {detail}</source>
        <extracomment>A detail that names a record: &quot;&lt;table&gt; row 3: &lt;field&gt;: …&quot; (import) or &quot;&lt;table&gt; id 7: …&quot; (restore).</extracomment>
        <translation>Dónde: {detail}</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <location filename="../tracker/ui/diary/entry_forms.py" line="+151"/>
        <source>Lab result</source>
        <extracomment>Save was pressed and the entry is being written: the form closes once it is.</extracomment>
        <translation>Resultado de análisis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit lab result</source>
        <translation>Editar resultado de análisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the result, its unit and the normal range exactly as your report shows them.</source>
        <translation>Copia el resultado, su unidad y el rango normal tal como aparecen en tu informe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test:</source>
        <translation>&amp;Análisis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;name:</source>
        <translation>&amp;Nombre del análisis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal range, &amp;from:</source>
        <translation>Rango normal, &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal range, t&amp;o:</source>
        <translation>Rango normal, &amp;hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of the test:</source>
        <translation>&amp;Fecha del análisis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please type the number from the report.</source>
        <translation>Escribe el número que aparece en el informe.</translation>
    </message>
</context>
<context>
    <name>LabTests</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_texts.py" line="+111"/>
        <source>CA 15-3</source>
        <translation>CA 15-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA 27.29</source>
        <translation>CA 27.29</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation>Hemoglobina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White cells</source>
        <translation>Glóbulos blancos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils</source>
        <translation>Neutrófilos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calcium</source>
        <translation>Calcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilirubin</source>
        <translation>Bilirrubina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALP</source>
        <translation>Fosfatasa alcalina (ALP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creatinine</source>
        <translation>Creatinina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>Glucosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other test</source>
        <translation>Otro análisis</translation>
    </message>
</context>
<context>
    <name>LearnModels</name>
    <message>
        <location filename="../tracker/ui/learn/models.py" line="+20"/>
        <source>Topics</source>
        <extracomment>The navigation target of an item: &quot;article:&lt;id&gt;&quot;, &quot;page:glossary&quot;, &quot;glossary:&lt;slug&gt;&quot;…</extracomment>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>LearnPages</name>
    <message>
        <location filename="../tracker/ui/learn/pages.py" line="+71"/>
        <source>Add your team&apos;s 24-hour number in Settings → Care team, and it will show here.</source>
        <translation>Añade el número de 24 horas de tu equipo en Ajustes → Equipo de atención y aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {name}: {phone}</source>
        <translation>Tu {name}: {phone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your 24-hour line: {phone}</source>
        <translation>Tu línea de 24 horas: {phone}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is general information. It does not replace advice from your own treatment team, who know your situation.</source>
        <translation>Esto es información general. No sustituye los consejos de tu propio equipo médico, que conoce tu situación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(a source beyond our five documents)</source>
        <translation>(una fuente aparte de nuestros cinco documentos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewed by a clinician: {by}, {date}.</source>
        <translation>Revisado por un profesional sanitario: {by}, {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet reviewed by a clinician.</source>
        <translation>Aún no lo ha revisado un profesional sanitario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by {by} on {date}, against: {sources}.</source>
        <translation>Comprobado por {by} el {date} con estas fuentes: {sources}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading level: {level}.</source>
        <translation>Nivel de lectura: {level}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this comes from</source>
        <translation>De dónde sale esto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About our sources</source>
        <translation>Sobre nuestras fuentes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain meanings of words you may hear. In the articles, these words are shown in colour: point at one to see its meaning, or select it to come here.</source>
        <translation>Significados sencillos de palabras que quizá oigas. En los artículos, estas palabras aparecen en color: señala una para ver su significado, o selecciónala para venir aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also: {names}</source>
        <translation>También: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our explanations are written in our own words from these documents. Each article lists the ones it draws on.</source>
        <translation>Nuestras explicaciones están escritas con nuestras propias palabras a partir de estos documentos. Cada artículo indica los que utiliza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources beyond our five documents</source>
        <translation>Fuentes aparte de nuestros cinco documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where our five documents give no figure or say nothing, an article names one of these instead: a medicine&apos;s official product information, a study or a guideline.</source>
        <translation>Cuando nuestros cinco documentos no dan una cifra o no dicen nada, el artículo cita en su lugar una de estas fuentes: la información oficial de un medicamento (su ficha técnica), un estudio o una guía clínica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Covers: {text}</source>
        <translation>Trata: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in {n} article.</source>
        <translation>Aparece en {n} artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in {n} articles.</source>
        <translation>Aparece en {n} artículos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these explanations were written</source>
        <translation>Cómo se escribieron estas explicaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanation not found</source>
        <translation>No se encontró la explicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no explanation called “{name}”. Try searching for it, or pick a topic from the list.</source>
        <translation>No hay ninguna explicación llamada «{name}». Prueba a buscarla o elige un tema de la lista.</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../tracker/ui/learn/view.py" line="+74"/>
        <source>Search: a drug, a symptom or any word</source>
        <extracomment>The notice&apos;s 24-hour line, once the care team is read (None until then).</extracomment>
        <translation>Buscar: un medicamento, un síntoma o cualquier palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search explanations</source>
        <translation>Buscar en las explicaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Texto más grande (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All terms explained (Ctrl+G)</source>
        <translation>Todos los términos explicados (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this page (Ctrl+P)</source>
        <translation>Imprimir esta página (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Nothing matches “{text}”. Try a drug name, a symptom, or a shorter word.</source>
        <translation>Nada coincide con «{text}». Prueba con el nombre de un medicamento, un síntoma o una palabra más corta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print this explanation</source>
        <translation>Imprimir esta explicación</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../tracker/ui/plan/dialogs.py" line="-103"/>
        <source>Edit line of treatment</source>
        <translation>Editar línea de tratamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New line of treatment</source>
        <translation>Nueva línea de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line of treatment is the set of drugs you take together until the team changes it. You will add its drugs next.</source>
        <translation>Una línea de tratamiento es el conjunto de medicamentos que tomas a la vez hasta que el equipo lo cambia. Después añadirás sus medicamentos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Letrozole and palbociclib</source>
        <translation>p. ej. Letrozol y palbociclib</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;number:</source>
        <translation>&amp;Número de línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Empezó el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>LocalTreatmentDialog</name>
    <message>
        <location filename="../tracker/ui/plan/local_treatment_dialog.py" line="+54"/>
        <source>Correct a treatment</source>
        <extracomment>Form fields that can carry an error (ValidationError.field), in form order.</extracomment>
        <translation>Corregir un tratamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Radiotherapy course or procedure</source>
        <translation>Tratamiento de radioterapia o procedimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Radiotherapy, an operation or a procedure such as a drain: write it as the letter or the team gave it. Each treatment day goes on your calendar.</source>
        <translation>Radioterapia, una operación o un procedimiento como un drenaje: escríbelo tal como aparece en el informe o como te lo dijo el equipo. Cada día de tratamiento se añade a tu calendario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of treatment</source>
        <translation>Tipo de tratamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the procedure was</source>
        <translation>Qué procedimiento fue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your own words, e.g. lower spine</source>
        <translation>Con tus propias palabras, p. ej. parte baja de la columna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the team said it, e.g. pain relief</source>
        <translation>Tal como lo dijo el equipo, p. ej. aliviar el dolor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied from the letter, e.g. 20 Gy in 5 fractions</source>
        <translation>Copiado del informe, p. ej. 20 Gy en 5 fracciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of treatments</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First treatment day</source>
        <translation>Primer día de tratamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which days</source>
        <translation>Qué días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdays (Monday to Friday)</source>
        <translation>entre semana (de lunes a viernes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill in the days</source>
        <translation>&amp;Rellenar los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>treatments from</source>
        <translation>sesiones desde el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treatment days</source>
        <translation>Días de tratamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day to add</source>
        <translation>Día que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add this day</source>
        <translation>&amp;Añadir este día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the chosen day</source>
        <translation>&amp;Quitar el día elegido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put each day on my calendar, with a reminder, at</source>
        <translation>Poner cada día en mi calendario, con un aviso, a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of each treatment</source>
        <translation>Hora de cada sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line of treatment it belongs to</source>
        <translation>Línea de tratamiento a la que pertenece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not part of a line</source>
        <translation>No forma parte de una línea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where in the body:</source>
        <translation>&amp;Zona del cuerpo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;im:</source>
        <translation>Ob&amp;jetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose and fractions:</source>
        <translation>&amp;Dosis y fracciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the days:</source>
        <translation>Crear los días:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment da&amp;ys:</source>
        <translation>Día&amp;s de tratamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of &amp;line:</source>
        <translation>Parte de la &amp;línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 treatment day: {start}.</source>
        <translation>1 día de tratamiento: {start}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} treatment days, {start} to {end}.</source>
        <translation>{n} días de tratamiento, del {start} al {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No days yet: fill them in above, or add them one by one.</source>
        <translation>Aún no hay días: rellénalos arriba o añádelos uno a uno.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What is this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../tracker/ui/lock/screen.py" line="+27"/>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was locked because nobody used it for a while. Everything you saved is safe; a form that was open and not yet saved may need filling in again.</source>
        <translation>Se bloqueó porque nadie lo usó durante un rato. Todo lo que guardaste está a salvo; puede que tengas que volver a rellenar un formulario que estaba abierto y sin guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shown until the passphrase is typed again.</source>
        <translation>No se muestra nada hasta que se vuelva a escribir la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase for {name}:</source>
        <translation>&amp;Frase de contraseña de {name}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tracker/ui/main/window.py" line="+48"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Sharing: {problem}</source>
        <extracomment>A lock asked for while a new recovery key held it (ui/lock/hold.py): by the person?</extracomment>
        <translation>Compartir: {problem}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The automatic backup could not be made this time.</source>
        <translation>Esta vez no se ha podido hacer la copia automática.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The journal locks once your new recovery key is kept.</source>
        <translation>El diario se bloqueará cuando haya guardado su nueva clave de recuperación.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Text size: {percent}%</source>
        <translation>Tamaño del texto: {percent}%</translation>
    </message>
</context>
<context>
    <name>MarkDosesDialog</name>
    <message>
        <location filename="../tracker/ui/plan/mark_doses_dialog.py" line="+26"/>
        <source>Mark doses</source>
        <translation>Marcar dosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened to the doses of {day}? They are recorded as filled in afterwards.</source>
        <translation>¿Qué pasó con las dosis del {day}? Se guardan como anotadas después.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} {name}</source>
        <translation>{time} {name}</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <location filename="../tracker/ui/reminders/missed_dialog.py" line="+20"/>
        <source>Doses while the app was closed</source>
        <extracomment>&quot;taken&quot; / &quot;missed&quot; for the shown doses, or &quot;later&quot;.</extracomment>
        <translation>Dosis mientras la aplicación estaba cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These doses were due while Treatment Journey was closed and have not been marked. If you took them, mark them taken; you can also change each one on the Today page.</source>
        <translation>Estas dosis tocaban mientras Treatment Journey estaba cerrada y no se han marcado. Si las tomaste, márcalas como tomadas; también puedes cambiar cada una en la página Hoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses not marked yet</source>
        <translation>Dosis aún sin marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These doses were due while Treatment Journey was locked and have not been marked. If you took them, mark them taken; you can also change each one on the Today page.</source>
        <translation>Estas dosis tocaban mientras Treatment Journey estaba bloqueada y no se han marcado. Si las tomaste, márcalas como tomadas; también puedes cambiar cada una en la página Hoy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day}, {time}: {name}</source>
        <translation>{day}, {time}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doses not marked</source>
        <translation>Dosis sin marcar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I took them all</source>
        <translation>Las tomé todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark them all missed</source>
        <translation>Marcarlas todas como olvidadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later on the Today page</source>
        <translation>Decidir más tarde en la página Hoy</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../tracker/ui/plan/month_calendar.py" line="+138"/>
        <source>Month calendar of doses and appointments</source>
        <extracomment>Sign and theme colour per dose status (None: not marked). The whole day in words (MonthCalendar.day_text), read for each cell. A month&apos;s marks have been read and shown (the Plan view then lists the chosen day&apos;s appointments). The grid of days (a table: each cell reads its whole day).</extracomment>
        <translation>Calendario mensual de dosis y citas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ taken · ✗ missed · – skipped · ‖ held by the team · ? not marked · ○ to come · ◆ drip (infusion) · ▣ appointment · shaded days: break week</source>
        <translation>✓ tomada · ✗ olvidada · – saltada · ‖ pausada por el equipo · ? sin marcar · ○ por venir · ◆ gotero (infusión) · ▣ cita · días sombreados: semana de descanso</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} {status}</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} at {time}</source>
        <translation>{kind} a las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>break week</source>
        <translation>semana de descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: nothing planned</source>
        <translation>{day}: nada previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {what}</source>
        <translation>{day}: {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>held by the team</source>
        <translation>pausada por el equipo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>to come</source>
        <translation>por venir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing planned on this day.</source>
        <translation>No hay nada previsto este día.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({cycle})</source>
        <translation>{name} ({cycle})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} {name}: {status}</source>
        <translation>{time} {name}: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break week: no doses of the cycle&apos;s tablets or drips.</source>
        <translation>Semana de descanso: sin dosis de las pastillas ni de los goteros del ciclo.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../tracker/ui/plan/month_grid.py" line="+242"/>
        <source>Previous month</source>
        <extracomment>The cell&apos;s day as a Python date (for the delegate). The chosen day (first shown: `day`, from the caller&apos;s clock).</extracomment>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="+79"/>
        <source>Whose journal is this?</source>
        <translation>¿De quién es este diario?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or a nickname. It is shown on the start screen before the journal is unlocked, so anyone using this computer can see it: a nickname or first name is a good choice.</source>
        <translation>Escribe un nombre o un apodo. Se muestra en la pantalla de inicio antes de desbloquear el diario, así que cualquiera que use este ordenador puede verlo: un apodo o el nombre de pila es buena opción.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Anna, or Mum</source>
        <translation>Por ejemplo: Ana, o Mamá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;Nombre o apodo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which units do you use? (Chosen for this computer&apos;s region; you can still type the other unit in any form.)</source>
        <translation>¿Qué unidades usas? (Elegidas según la región de este ordenador; aun así, puedes escribir la otra unidad en cualquier formulario.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>°&amp;C</source>
        <translation>°&amp;C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>°&amp;F</source>
        <translation>°&amp;F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;kg</source>
        <translation>&amp;kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>l&amp;b</source>
        <translation>l&amp;b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
</context>
<context>
    <name>NewKeysDialog</name>
    <message>
        <location filename="../tracker/ui/settings/security_page.py" line="+79"/>
        <source>New keys for this journal</source>
        <translation>Claves nuevas para este diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This gives your journal a new encryption key, a new passphrase and a new recovery key. Afterwards the old passphrase and the old recovery key open nothing in this journal&apos;s folder. It takes a little while; the journal stays open.</source>
        <translation>Esto le da a tu diario una clave de cifrado nueva, una frase de contraseña nueva y una clave de recuperación nueva. Después, la frase de contraseña antigua y la clave de recuperación antigua ya no abren nada de la carpeta de este diario. Tarda un poco; el diario sigue abierto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new one &amp;again:</source>
        <translation>Escribe la nueva &amp;otra vez:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep older backups, locked with the new key</source>
        <translation>&amp;Mantener las copias anteriores, cifradas con la clave nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete older backups and earlier versions kept after a restore</source>
        <translation>&amp;Borrar las copias anteriores y las versiones previas guardadas tras una restauración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older copies in this journal&apos;s folder: {count}.</source>
        <translation>Copias anteriores en la carpeta de este diario: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups you saved somewhere else (another folder, a USB stick, a cloud drive) cannot be reached from here: they still open with the old passphrase and recovery key. Delete them, or make new backups afterwards.</source>
        <translation>Las copias de seguridad que guardaste en otro sitio (otra carpeta, una memoria USB, una unidad en la nube) no se pueden cambiar desde aquí: se siguen abriendo con la frase de contraseña y la clave de recuperación antiguas. Bórralas, o haz copias nuevas después.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make new keys</source>
        <translation>&amp;Crear claves nuevas</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña actual.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location line="-59"/>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This is your new recovery key. The old one no longer opens this journal. Print it or save it, and keep it somewhere safe.</source>
        <translation>Esta es tu nueva clave de recuperación. La antigua ya no abre este diario. Imprímela o guárdala, y tenla en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>NextUpCard</name>
    <message>
        <location filename="../tracker/ui/today/next_up.py" line="+94"/>
        <source>What is next</source>
        <translation>Lo próximo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Later a&amp;ppointments (next 60 days)</source>
        <extracomment>Today&apos;s radiotherapy or procedure (&quot;Today: Radiotherapy – spine, treatment 3 of 5&quot;).</extracomment>
        <translation>Citas &amp;posteriores (próximos 60 días)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to see or change it in the Plan calendar</source>
        <translation>Pulsa Intro o haz doble clic para verla o cambiarla en el calendario del Plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next infusion or injection: {name}, {day}</source>
        <translation>Próxima infusión o inyección: {name}, {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next appointment: {what}, {day} {time}</source>
        <translation>Próxima cita: {what}, {day} {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No appointments entered. Add them on the Plan page, Calendar tab.</source>
        <translation>No hay citas anotadas. Añádelas en la página Plan, pestaña Calendario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {time} — {what}{place}</source>
        <translation>{day} {time} — {what}{place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else in the next 60 days.</source>
        <translation>Nada más en los próximos 60 días.</translation>
    </message>
</context>
<context>
    <name>OtherVersionDialog</name>
    <message>
        <location filename="../tracker/ui/diary/two_computers.py" line="+10"/>
        <source>Changed on two computers</source>
        <translation>Cambios en dos ordenadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry was changed on two computers before they synced. The later change is the one in your diary; the earlier one is kept here, so nothing is lost. Edit the entry if something from the earlier version should be in it.</source>
        <translation>Esta anotación se cambió en dos ordenadores antes de que se sincronizaran. El cambio más reciente es el que está en tu diario; el anterior se guarda aquí, así que no se pierde nada. Edita la anotación si debe incluir algo de la versión anterior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="+17"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create journal</source>
        <translation>&amp;Crear diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will type this each time you open your journal. A short sentence you will remember is best, for example four ordinary words. It cannot be reset: if you forget it, only the recovery key on the next page opens the journal.</source>
        <translation>La escribirás cada vez que abras tu diario. Lo mejor es una frase corta que vayas a recordar, por ejemplo cuatro palabras normales. No se puede restablecer: si la olvidas, solo la clave de recuperación de la página siguiente abre el diario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating your journal</source>
        <translation>Creando tu diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating your encrypted journal…</source>
        <translation>Creando tu diario cifrado…</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../tracker/ui/unlock/prompt.py" line="+42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que el Bloq Mayús está activado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurar la copia más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;recovery key instead…</source>
        <translation>Usar la &amp;clave de recuperación…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The newest backup was made on {when}. Restoring it replaces the damaged files; anything entered after that date would need entering again.</source>
        <translation>La copia más reciente se hizo el {when}. Al restaurarla se reemplazan los archivos dañados; habría que volver a anotar lo que se añadió después de esa fecha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup could be offered here. Backups are kept in this folder: {folder}. If you saved a backup elsewhere, restore it from there.</source>
        <translation>No se ha podido ofrecer ninguna copia aquí. Las copias se guardan en esta carpeta: {folder}. Si guardaste una copia en otro sitio, restáurala desde allí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type your passphrase first: the backup opens with it.</source>
        <translation>Escribe primero tu frase de contraseña: la copia se abre con ella.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../tracker/ui/plan/pattern_editor.py" line="+103"/>
        <source>How the doses repeat</source>
        <translation>Cómo se repiten las dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day, without a break</source>
        <translation>Todos los días, sin descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On some days of a repeating cycle (e.g. days 1–21 of 28)</source>
        <translation>Algunos días de un ciclo que se repite (p. ej. días 1–21 de 28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every so many days, weeks or months</source>
        <translation>Cada tantos días, semanas o meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading doses first, then a regular gap</source>
        <translation>Primero dosis de carga, luego a intervalos regulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first gap for some doses, then a longer gap</source>
        <translation>Un intervalo para las primeras dosis y luego uno más largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On dates I choose</source>
        <translation>En las fechas que yo elija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stepping down: a dose for some days, then a smaller one (e.g. a steroid course)</source>
        <translation>Pauta descendente: una dosis durante unos días y después otra menor (p. ej. un tratamiento con corticoides)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A dose every day, at the reminder times above.</source>
        <translation>Una dosis cada día, a las horas de aviso de arriba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1-21, or 1, 8, 15</source>
        <translation>p. ej. 1-21, o 1, 8, 15</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose &amp;days in the cycle:</source>
        <translation>&amp;Días de dosis en el ciclo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle &amp;length:</source>
        <translation>&amp;Duración del ciclo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1, 15, 29 — or just 1</source>
        <translation>p. ej. 1, 15, 29, o solo 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Then every</source>
        <translation>Después cada</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Loading dose &amp;days:</source>
        <translation>&amp;Días de las dosis de carga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Then every:</source>
        <translation>&amp;Después cada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First every</source>
        <translation>Primero cada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> doses</source>
        <translation> dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First every:</source>
        <translation>&amp;Primero cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Durante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;hen every:</source>
        <translation>D&amp;espués cada:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date to add</source>
        <translation>Fecha que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add date</source>
        <translation>Añadir fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every day from the first day: each step lasts its days, with the dose as the team wrote it. It ends by itself after the last step. Steroids are best taken in the morning and at midday.</source>
        <translation>Todos los días desde el primer día: cada paso dura sus días, con la dosis tal como la escribió el equipo. Termina sola después del último paso. Los corticoides se toman mejor por la mañana y a mediodía.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose (as written)</source>
        <translation>Dosis (tal como está escrita)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the course</source>
        <translation>Pasos de la pauta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a ste&amp;p</source>
        <translation>Añadir un pa&amp;so</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen step</source>
        <translation>Quitar el paso elegido</translation>
    </message>
</context>
<context>
    <name>PeopleAccessModel</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_page.py" line="+86"/>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../tracker/ui/main/person_switch.py" line="+36"/>
        <source>{name} (carer, {relation})</source>
        <translation>{name} (cuidador/a, {relation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (carer)</source>
        <translation>{name} (cuidador/a)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../tracker/ui/settings/people_page.py" line="+42"/>
        <source>Patient and carers</source>
        <translation>Paciente y cuidadores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the &amp;patient&apos;s name…</source>
        <translation>Cambiar el nombre de &amp;paciente…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A carer who enters symptoms or doses on this computer can be named, so the diary shows who entered what. Choose who is entering at the bottom of the window or in each form.</source>
        <translation>Puedes poner nombre a quien te cuida y anota síntomas o dosis en este ordenador, para que el diario muestre quién anotó qué. Elige quién está anotando en la parte de abajo de la ventana o en cada formulario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carers</source>
        <translation>Cuidadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Carers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuidadores&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No carers yet. Add one below if someone helps you keep this diary.</source>
        <translation>Aún no hay cuidadores. Añade uno abajo si alguien te ayuda a llevar este diario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from the lists…</source>
        <translation>Quitar de las listas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a carer</source>
        <translation>Añadir una persona cuidadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: daughter, partner, friend</source>
        <translation>Por ejemplo: hija, pareja, amiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Relation (optional):</source>
        <translation>&amp;Relación (opcional):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add carer</source>
        <translation>Añadir cuidador/a</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This journal belongs to &lt;b&gt;{name}&lt;/b&gt;.</source>
        <extracomment>The patient&apos;s name as last read (the rename dialog starts from it).</extracomment>
        <translation>Este diario es de &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient&apos;s name</source>
        <translation>Nombre de la persona en tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as it should appear in the diary and the clinic summary:</source>
        <translation>Nombre tal como debe aparecer en el diario y en el resumen para la consulta:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{name} was added.</source>
        <translation>Se ha añadido a {name}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove carer</source>
        <translation>Quitar cuidador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {name} off the lists? Everything {name} entered stays in the diary, still named.</source>
        <translation>¿Quitar a {name} de las listas? Todo lo que anotó {name} se queda en el diario, con su nombre.</translation>
    </message>
</context>
<context>
    <name>PersonSwitch</name>
    <message>
        <location filename="../tracker/ui/main/person_switch.py" line="+18"/>
        <source>&amp;Entering as:</source>
        <translation>&amp;Anotando como:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is typing now. Entries are marked with this name. Ctrl+E</source>
        <translation>Quién escribe ahora. Las anotaciones llevan este nombre. Ctrl+E</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../tracker/ui/plan/actions.py" line="+25"/>
        <source>add a line of treatment</source>
        <translation>añadir una línea de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a line of treatment</source>
        <translation>cambiar una línea de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a line of treatment</source>
        <translation>terminar una línea de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a line of treatment</source>
        <translation>quitar una línea de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a drug</source>
        <translation>añadir un medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct a drug</source>
        <translation>corregir un medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a drug&apos;s schedule or dose</source>
        <translation>cambiar la pauta o la dosis de un medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a drug</source>
        <translation>quitar un medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay a cycle or dose</source>
        <translation>retrasar un ciclo o una dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold a dose</source>
        <translation>suspender una dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the dose</source>
        <translation>cambiar la dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a treatment break</source>
        <translation>empezar un descanso del tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart after a break</source>
        <translation>reanudar tras un descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an appointment</source>
        <translation>añadir una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change an appointment</source>
        <translation>cambiar una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete an appointment</source>
        <translation>borrar una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear a dose mark</source>
        <translation>quitar la marca de una dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose taken</source>
        <translation>marcar una dosis como tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose missed</source>
        <translation>marcar una dosis como olvidada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose skipped</source>
        <translation>marcar una dosis como saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a dose held by the team</source>
        <translation>marcar una dosis como pausada por el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what happened to doses before today</source>
        <translation>indicar qué pasó con las dosis anteriores a hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a day&apos;s doses</source>
        <translation>marcar las dosis de un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a radiotherapy course or procedure</source>
        <translation>añadir una radioterapia o un procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct a radiotherapy course or procedure</source>
        <translation>corregir una radioterapia o un procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a radiotherapy course or procedure</source>
        <translation>quitar una radioterapia o un procedimiento</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../tracker/ui/plan/view.py" line="+91"/>
        <source>No plan yet</source>
        <extracomment>The session&apos;s plan use case: its one undo history also holds the doses marked on Today. What runs once the next read is shown (select the line just saved, open its next form). The last read asked for has been shown (actions that read the lists wait until then).</extracomment>
        <translation>Aún no hay plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the treatment your team gave you: start with a line of treatment (for example letrozole and palbociclib), then its drugs and how often you take them.</source>
        <translation>Añade el tratamiento que te dio tu equipo: empieza con una línea de tratamiento (por ejemplo letrozol y palbociclib), y después sus medicamentos y cada cuánto los tomas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your treatment plan</source>
        <translation>Tu plan de tratamiento</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+22"/>
        <source>What is a line of treatment?</source>
        <translation>¿Qué es una línea de tratamiento?</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Add a line of treatment…</source>
        <translation>Añadir una línea de tratamiento…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a radiotherapy course or procedure…</source>
        <translation>Añadir una radioterapia o un procedimiento…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How cycles work</source>
        <translation>Cómo funcionan los ciclos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line of treatment</source>
        <translation>Línea de tratamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ine:</source>
        <translation>L&amp;ínea:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New line…</source>
        <translation>Nueva línea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit line…</source>
        <translation>Editar línea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End line…</source>
        <translation>Terminar línea…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drugs in this line</source>
        <translation>Medicamentos de esta línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a drug…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change schedule or dose…</source>
        <translation>Cambiar pauta o dosis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;team changed something</source>
        <translation>El &amp;equipo cambió algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delay, a held dose, a new dose, a break, or removing something entered by mistake</source>
        <translation>Un retraso, una dosis suspendida, una dosis nueva, un descanso o quitar algo anotado por error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delay a cycle or dose…</source>
        <translation>Retrasar un ciclo o una dosis…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold a dose…</source>
        <translation>Suspender una dosis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the dose from a date…</source>
        <translation>Cambiar la dosis desde una fecha…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a treatment break…</source>
        <translation>Empezar un descanso del tratamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart after a break…</source>
        <translation>Reanudar tras un descanso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this drug (entered by mistake)</source>
        <translation>Quitar este medicamento (anotado por error)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this whole line (entered by mistake)</source>
        <translation>Quitar toda esta línea (anotada por error)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Radiotherapy, operations and procedures</source>
        <translation>Radioterapia, operaciones y procedimientos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>About radiotherapy</source>
        <translation>Sobre la radioterapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About surgery and procedures</source>
        <translation>Sobre la cirugía y los procedimientos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;radiotherapy course or procedure…</source>
        <translation>Añadir una &amp;radioterapia o un procedimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it…</source>
        <translation>Corregirlo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines of treatment</source>
        <translation>Líneas de tratamiento</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+131"/>
        <source>Add an appointment…</source>
        <translation>Añadir una cita…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Mark this day&apos;s doses…</source>
        <translation>&amp;Marcar las dosis de este día…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointments on the chosen day</source>
        <translation>Citas del día elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No line of treatment yet: use “New line…” to add the treatment your team gave you.</source>
        <translation>Aún no hay ninguna línea de tratamiento: usa «Nueva línea…» para añadir el tratamiento que te dio tu equipo.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can take this back with Undo (Ctrl+Z) while this window stays open.</source>
        <translation>Puedes deshacerlo con Deshacer (Ctrl+Z) mientras esta ventana siga abierta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this drug?</source>
        <translation>¿Quitar este medicamento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from this line? Use this only if it was entered by mistake; if the team stopped it, use “Change schedule or dose…” or end the line instead.

{hint}</source>
        <translation>¿Quitar {name} de esta línea? Úsalo solo si se anotó por error; si el equipo lo suspendió, usa «Cambiar pauta o dosis…» o termina la línea.

{hint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove this whole line?</source>
        <translation>¿Quitar toda esta línea?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line {n} ({name}) and all its drugs? Use this only if it was entered by mistake; if the treatment stopped, use “End line…” so its history stays.

{hint}</source>
        <translation>¿Quitar la línea {n} ({name}) y todos sus medicamentos? Úsalo solo si se anotó por error; si el tratamiento se suspendió, usa «Terminar línea…» para que se conserve su historial.

{hint}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None recorded.</source>
        <translation>No hay ninguno anotado.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove this treatment?</source>
        <translation>¿Quitar este tratamiento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what} and its days from your calendar? Use this only if it was entered by mistake.

{hint}</source>
        <translation>¿Quitar «{what}» y sus días de tu calendario? Úsalo solo si se anotó por error.

{hint}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{time} {what}</source>
        <translation>{time} {what}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete this appointment?</source>
        <translation>¿Borrar esta cita?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, {day} at {time}

{hint}</source>
        <translation>{what}, {day} a las {time}

{hint}</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <location filename="../tracker/ui/diary/rating_buttons.py" line="+83"/>
        <source>not answered yet</source>
        <extracomment>A digit key chose a value: the form moves on to the next question.</extracomment>
        <translation>aún sin responder</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyBox</name>
    <message>
        <location filename="../tracker/ui/wizard/recovery_box.py" line="+30"/>
        <source>Treatment Journey: recovery key</source>
        <translation>Treatment Journey: clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal: {name}</source>
        <translation>Diario: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key opens your journal if you forget your passphrase.</source>
        <translation>Esta clave abre tu diario si olvidas tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it somewhere safe and private, away from this computer.</source>
        <translation>Guárdala en un lugar seguro y privado, lejos de este ordenador.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;file…</source>
        <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have printed it, saved it or written it down, and put it somewhere safe</source>
        <translation>La he impreso, guardado o apuntado, y la he puesto en un lugar seguro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To check, type the &amp;last group of 4 characters:</source>
        <translation>Para comprobarlo, escribe el &amp;último grupo de 4 caracteres:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save recovery key</source>
        <translation>Guardar clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key could not be saved there. Try another place, such as a USB stick.</source>
        <translation>No se ha podido guardar la clave ahí. Prueba en otro sitio, como una memoria USB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. Only you can read that file. Keep a copy away from this computer too.</source>
        <translation>Guardada. Solo tú puedes leer ese archivo. Guarda también una copia lejos de este ordenador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print recovery key</source>
        <translation>Imprimir clave de recuperación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent to the printer. Check the page shows all 8 groups clearly.</source>
        <translation>Enviada a la impresora. Comprueba que en la hoja se ven bien los 8 grupos.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location line="+21"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key will not be shown again. Close without keeping it?</source>
        <translation>Esta clave no se volverá a mostrar. ¿Cerrar sin guardarla?</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="+47"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is ready. This recovery key opens it if you ever forget your passphrase. It is shown only now. Print it or save it (for example on a USB stick), and keep it somewhere safe, away from this computer.</source>
        <translation>Tu diario está listo. Esta clave de recuperación lo abre si alguna vez olvidas tu frase de contraseña. Solo se muestra ahora. Imprímela o guárdala (por ejemplo en una memoria USB) y tenla en un lugar seguro, lejos de este ordenador.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../tracker/ui/unlock/recovery_dialog.py" line="+33"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key you printed or saved when you created this journal. Then choose a new passphrase: the old one will stop working. Your diary is not changed.</source>
        <translation>Escribe la clave de recuperación que imprimiste o guardaste al crear este diario. Después elige una nueva frase de contraseña: la antigua dejará de funcionar. Tu diario no cambia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock and save new passphrase</source>
        <translation>&amp;Desbloquear y guardar la nueva frase</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again.</source>
        <translation>Una clave de recuperación tiene 32 letras y cifras en 8 grupos de 4. Revísala y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../tracker/ui/reminders/controller.py" line="+257"/>
        <location line="+88"/>
        <source>Show today&apos;s doses</source>
        <extracomment>Emitted with the number of open doses due now (for badges and tests). Show the window at Today (a click on the notification or the tray). &quot;Taken&quot; while locked: the window shows the unlock screen; doses are marked after unlock. The tray menu&apos;s Quit. Coming due times (UTC instants and counts); all a locked app knows. Dose or appointment reminders are on (as last read from the journal, or from the saved times at a locked start). The doses missed since last seen were asked for at an unlock and have not landed yet.</extracomment>
        <translation>Mostrar las dosis de hoy</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Mark the due doses taken</source>
        <translation>Marcar como tomadas las dosis que tocan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 minutes</source>
        <translation>Posponer 10 minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Treatment Journey</source>
        <translation>Salir de Treatment Journey</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+62"/>
        <location line="+35"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Treatment Journey: 1 dose to mark</source>
        <translation>Treatment Journey: 1 dosis por marcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment Journey: {n} doses to mark</source>
        <translation>Treatment Journey: {n} dosis por marcar</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A dose is due.</source>
        <translation>Toca una dosis.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n doses are due.</source>
        <translation>
            <numerusform>Toca %n dosis.</numerusform>
            <numerusform>Tocan %n dosis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>An appointment tomorrow at {time}.</source>
        <translation>Una cita mañana a las {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An appointment at {time}.</source>
        <translation>Una cita a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments are coming up, the first tomorrow at {time}.</source>
        <translation>Tienes citas próximas; la primera, mañana a las {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments are coming up, the first at {time}.</source>
        <translation>Tienes citas próximas; la primera, a las {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show appointments</source>
        <translation>Ver las citas</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../tracker/ui/settings/reminders_page.py" line="+48"/>
        <source>Reminders are worked out from your plan. The time of day for each drug is set in the plan (Plan → Change schedule or dose). Notifications never name your drugs, because they can show on a locked screen.</source>
        <translation>Los recordatorios salen de tu plan. La hora de cada medicamento se fija en el plan (Plan → Cambiar pauta o dosis). Las notificaciones nunca nombran tus medicamentos, porque pueden verse con la pantalla bloqueada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Do not repeat</source>
        <translation>No repetir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat until marked, every:</source>
        <translation>&amp;Repetir hasta marcarla, cada:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remind me before I unlock</source>
        <translation>Avisarme antes de desbloquear</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start when I log in</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment Journey then starts locked when you log in to this computer, so it can remind you.</source>
        <translation>Así, Treatment Journey se abre bloqueada al iniciar sesión en este ordenador, para poder avisarte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this system, add Treatment Journey to your login items yourself.</source>
        <translation>En este sistema, añade tú Treatment Journey a los elementos de inicio.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remind me when a dose is due</source>
        <translation>Avisarme cuando toque una dosis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders go on while the journal is locked and after you close the window (Treatment Journey keeps running until you choose Quit).</source>
        <translation>Los recordatorios siguen funcionando con el diario bloqueado y después de cerrar la ventana (Treatment Journey sigue en marcha hasta que eliges Salir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind me before appointments</source>
        <translation>Avisarme antes de las citas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 hours before</source>
        <translation>2 horas antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evening before, at {time}</source>
        <translation>La tarde anterior, a las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to remind before appointments</source>
        <translation>Cuándo avisar antes de las citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment reminders give only the time, never what or where.</source>
        <translation>Los avisos de citas solo dan la hora, nunca qué ni dónde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without this, reminders start only once you have unlocked your journal after starting the app. With it, your reminder times are kept on this computer: a small file beside your journal lists the times of the next three weeks&apos; doses and appointments. It shows only that something is due at those times: no drug names, no doses, nothing you wrote. Someone who can read your files could see those times. Leave it off if you prefer that to reminders at login.</source>
        <translation>Sin esto, los recordatorios solo empiezan cuando has desbloqueado tu diario tras abrir la aplicación. Con esto, las horas de tus recordatorios se guardan en este ordenador: un pequeño archivo junto a tu diario contiene las horas de las dosis y las citas de las tres próximas semanas. Solo indica que a esas horas toca algo: ni nombres de medicamentos, ni dosis, ni nada de lo que has escrito. Alguien que pueda leer tus archivos podría ver esas horas. Déjalo desactivado si prefieres eso a tener recordatorios al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>So your phone or computer calendar reminds you even when this app is not running, choose a calendar file. It is rewritten whenever the plan changes while your journal is unlocked. Subscribe to it in your calendar app (rather than importing it once) so changes reach the calendar. It holds drug names and times.</source>
        <translation>Para que el calendario de tu teléfono o de tu ordenador te avise aunque esta aplicación no esté en marcha, elige un archivo de calendario. Se vuelve a escribir cada vez que cambia el plan mientras tu diario está desbloqueado. Suscríbete a él en tu aplicación de calendario (en vez de importarlo una sola vez) para que los cambios lleguen al calendario. Contiene nombres de medicamentos y horas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No calendar file chosen</source>
        <translation>No se ha elegido ningún archivo de calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop updating</source>
        <translation>Dejar de actualizar</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> minute</source>
        <translation> minuto</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar file is no longer updated. Remove it from your calendar app if you like.</source>
        <translation>El archivo de calendario ya no se actualiza. Si quieres, quítalo de tu aplicación de calendario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the calendar file…</source>
        <translation>Escribiendo el archivo de calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar file written. It will be updated when the plan changes.</source>
        <translation>Archivo de calendario escrito. Se actualizará cuando cambie el plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar file could not be written.</source>
        <translation>No se ha podido escribir el archivo de calendario.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tracker/ui/backup/restore_dialog.py" line="+33"/>
        <source>Restore a backup</source>
        <extracomment>(secret, use_recovery_key) when the person presses Restore</extracomment>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the journal from this backup ({when})?</source>
        <translation>¿Añadir el diario de esta copia ({when})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup is of a different journal. It will be added as a separate journal that you can open from the start screen. Your current journal is not changed.</source>
        <translation>Esta copia es de otro diario. Se añadirá como un diario aparte que podrás abrir desde la pantalla de inicio. Tu diario actual no cambia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup from {when}?</source>
        <translation>¿Restaurar la copia del {when}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal will go back to how it was on {when}. Anything entered after that will not be in it.</source>
        <translation>Tu diario volverá a estar como el {when}. Lo que se anotó después no estará.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is thrown away: the journal as it is now is first kept in a separate folder. The backup is checked completely before anything changes.</source>
        <translation>No se tira nada: primero se guarda el diario tal como está ahora en una carpeta aparte. La copia se comprueba por completo antes de cambiar nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use the &amp;passphrase</source>
        <translation>Usar la &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery &amp;key</source>
        <translation>Usar la &amp;clave de recuperación</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the backup</source>
        <translation>Comprobando la copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add journal</source>
        <translation>&amp;Añadir diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key you printed or saved when you created the journal.</source>
        <translation>La clave de recuperación que imprimiste o guardaste al crear el diario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase the journal had when this backup was made.</source>
        <translation>La frase de contraseña que tenía el diario cuando se hizo esta copia.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../tracker/ui/backup/restore_flow.py" line="+76"/>
        <source>The backup could not be restored. Your journal was not changed.</source>
        <extracomment>(the reopened OpenJournal, the folder the old files were kept in or None, whether the passphrase and recovery key stayed as they were) a backup of another journal was added next to this one: (its journal id) the swap failed and the journal as it was was reopened: (that OpenJournal, a message to show)</extracomment>
        <translation>No se ha podido restaurar la copia. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The backup could not be restored. Your journal was reopened as it was.</source>
        <translation>No se ha podido restaurar la copia. Tu diario se ha vuelto a abrir tal como estaba.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../tracker/ui/diary/entry_forms.py" line="+7"/>
        <source>Scan</source>
        <translation>Prueba de imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit scan</source>
        <translation>Editar prueba de imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of scan:</source>
        <translation>&amp;Tipo de prueba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CT scan</source>
        <translation>TAC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MRI scan</source>
        <translation>Resonancia magnética</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bone scan</source>
        <translation>Gammagrafía ósea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PET-CT scan</source>
        <translation>PET-TAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ultrasound</source>
        <translation>Ecografía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X-ray</source>
        <translation>Radiografía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heart scan (echo or MUGA)</source>
        <translation>Prueba del corazón (ecocardiograma o MUGA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What you were told:</source>
        <translation>&amp;Lo que te dijeron:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../tracker/ui/learn/models.py" line="+45"/>
        <source>Glossary: {term}</source>
        <translation>Glosario: {term}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../tracker/ui/main/sections.py" line="+24"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is due today, what is overdue, and alerts.</source>
        <translation>Lo que toca hoy, lo que está pendiente y los avisos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your lines of treatment, cycles and schedules.</source>
        <translation>Tus líneas de tratamiento, ciclos y pautas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you logged: symptoms, doses, results and notes.</source>
        <translation>Todo lo que has anotado: síntomas, dosis, resultados y notas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How symptoms, weight and blood results have changed over time.</source>
        <translation>Cómo han cambiado con el tiempo los síntomas, el peso y los análisis de sangre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain explanations of treatments, tests and symptoms.</source>
        <translation>Explicaciones sencillas de tratamientos, pruebas y síntomas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic summary, exports and backups.</source>
        <translation>El resumen para la consulta, las exportaciones y las copias de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase, care team, reminders, language and more.</source>
        <translation>Frase de contraseña, equipo de atención, recordatorios, idioma y más.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../tracker/ui/settings/security_page.py" line="+95"/>
        <source>Change passphrase</source>
        <extracomment>The password store is asked off the GUI thread: it can show its own prompt and wait.</extracomment>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase opens the journal from now on. Backups made before the change still open with the old one. If someone may know it, use “New keys” below instead.</source>
        <translation>A partir de ahora, el diario se abre con la frase de contraseña nueva. Las copias hechas antes del cambio se siguen abriendo con la antigua. Si alguien puede conocerla, usa en su lugar «Claves nuevas», más abajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new one &amp;again:</source>
        <translation>Escribe la nueva &amp;otra vez:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key opens your journal if you forget your passphrase. If you lost it, make a new one: the old one no longer opens the journal, but backups made before still open with it. If someone else may have seen it, use “New keys” below instead.</source>
        <translation>La clave de recuperación abre tu diario si olvidas tu frase de contraseña. Si la has perdido, crea una nueva: la antigua ya no abrirá el diario, pero las copias hechas antes se seguirán abriendo con ella. Si otra persona puede haberla visto, usa en su lugar «Claves nuevas», más abajo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New keys</source>
        <translation>Claves nuevas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If someone may know your passphrase or recovery key, a new passphrase alone is not enough: older copies of the journal&apos;s key file, inside every backup, still open it with the old secrets. This gives the journal a new encryption key, passphrase and recovery key, and re-locks (or deletes) the older backups in its folder.</source>
        <translation>Si alguien puede conocer tu frase de contraseña o tu clave de recuperación, no basta con una frase de contraseña nueva: las copias anteriores del archivo de claves del diario, que van dentro de cada copia de seguridad, lo siguen abriendo con los secretos antiguos. Esto le da al diario una clave de cifrado, una frase de contraseña y una clave de recuperación nuevas, y vuelve a cifrar (o borra) las copias de seguridad anteriores de su carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make new key&amp;s…</source>
        <translation>Crear cla&amp;ves nuevas…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>Siempre puedes bloquearlo al momento con Ctrl+L.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journal name</source>
        <translation>Nombre del diario</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Make a new recover&amp;y key…</source>
        <translation>Crear una nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making new keys</source>
        <translation>Creando claves nuevas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lock after this long &amp;without use:</source>
        <translation>Bloquear tras este tiempo &amp;sin usarlo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;member on this computer</source>
        <translation>Recordar en es&amp;te ordenador</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;do rename</source>
        <translation>&amp;Deshacer el cambio de nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or nic&amp;kname:</source>
        <translation>Nombre o &amp;apodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the start screen before unlocking, so anyone using this computer can see it.</source>
        <translation>Se muestra en la pantalla de inicio antes de desbloquear, así que cualquiera que use este ordenador puede verlo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checking this computer&apos;s password store…</source>
        <translation>Comprobando el almacén de contraseñas de este ordenador…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not available: {reason}</source>
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minute</source>
        <translation> minuto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña actual.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your passphrase has been changed. Use the new one from now on. Your recovery key still works. Backups made before now still open with the old passphrase.</source>
        <translation>Tu frase de contraseña ha cambiado. A partir de ahora, usa la nueva. Tu clave de recuperación sigue funcionando. Las copias hechas hasta ahora se siguen abriendo con la frase de contraseña antigua.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your current recovery key will no longer open the journal (backups made before now still open with it). Make a new one now?</source>
        <translation>Tu clave de recuperación actual dejará de abrir el diario (las copias hechas hasta ahora se seguirán abriendo con ella). ¿Crear una nueva ahora?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new recovery key was made. The old one no longer opens the journal; backups made before now still open with it.</source>
        <translation>Se ha creado una nueva clave de recuperación. La antigua ya no abre el diario; las copias hechas hasta ahora se siguen abriendo con ella.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The journal has a new encryption key, a new passphrase and a new recovery key. The old passphrase and recovery key no longer open it.</source>
        <translation>El diario tiene una clave de cifrado, una frase de contraseña y una clave de recuperación nuevas. La frase de contraseña y la clave de recuperación antiguas ya no lo abren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This computer&apos;s password store now holds the new key.</source>
        <translation>El almacén de contraseñas de este ordenador guarda ahora la clave nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups saved anywhere else still open with the old passphrase and recovery key.</source>
        <translation>Las copias guardadas en cualquier otro sitio se siguen abriendo con la frase de contraseña y la clave de recuperación antiguas.</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+137"/>
        <source>The current passphrase is not right, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>La frase de contraseña actual no es correcta, así que no ha cambiado nada. Comprueba el Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>The journal then opens without the passphrase. Off is safer: anyone who can use this computer while you are logged in could then open the journal. The key is kept in the computer&apos;s own password store, never in a plain file.</source>
        <translation>Así, el diario se abre sin la frase de contraseña. Desactivado es más seguro: con esto activado, cualquiera que pueda usar este ordenador mientras tienes la sesión iniciada podría abrir el diario. La clave se guarda en el propio almacén de contraseñas del ordenador, nunca en un archivo sin protección.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>One older backup or earlier version was locked with the new key.</source>
        <translation>Una copia anterior o versión previa se ha cifrado con la clave nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} older backups or earlier versions were locked with the new key.</source>
        <translation>{n} copias anteriores o versiones previas se han cifrado con la clave nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One older backup or earlier version was deleted.</source>
        <translation>Una copia anterior o versión previa se ha borrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} older backups or earlier versions were deleted.</source>
        <translation>{n} copias anteriores o versiones previas se han borrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One older backup could not be re-locked (it was made before an earlier change of keys) and still opens with an older passphrase: delete it from the backups folder.</source>
        <translation>Una copia anterior no se ha podido volver a cifrar (se hizo antes de un cambio de claves previo) y se sigue abriendo con una frase de contraseña antigua: bórrala de la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} older backups could not be re-locked (they were made before an earlier change of keys) and still open with an older passphrase: delete them from the backups folder.</source>
        <translation>{n} copias anteriores no se han podido volver a cifrar (se hicieron antes de un cambio de claves previo) y se siguen abriendo con una frase de contraseña antigua: bórralas de la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The computer&apos;s password store did not accept the change ({kind}). Nothing else was changed.</source>
        <translation>El almacén de contraseñas del ordenador no ha aceptado el cambio ({kind}). No ha cambiado nada más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer now remembers the journal&apos;s key.</source>
        <translation>Ahora este ordenador recuerda la clave del diario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer no longer remembers the journal&apos;s key.</source>
        <translation>Este ordenador ya no recuerda la clave del diario.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Renamed. The start screen shows the new name.</source>
        <translation>Nombre cambiado. La pantalla de inicio muestra el nuevo nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The old name is back.</source>
        <translation>Ha vuelto el nombre anterior.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../tracker/ui/settings/pages.py" line="+21"/>
        <source>Passphrase and locking</source>
        <translation>Frase de contraseña y bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient and carers</source>
        <translation>Paciente y cuidadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About my diagnosis</source>
        <translation>Sobre mi diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care team and alerts</source>
        <translation>Equipo de atención y avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and appearance</source>
        <translation>Idioma y aspecto</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../tracker/ui/settings/view.py" line="+46"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_dialogs.py" line="-105"/>
        <source>Share this journal</source>
        <translation>Compartir este diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder that your sync service already keeps in step with the other computer (a Syncthing folder, Nextcloud, Dropbox or OneDrive), or a USB stick you carry between them. Treatment Journey puts only encrypted files there.</source>
        <translation>Elige una carpeta que tu servicio de sincronización ya mantenga al día con el otro ordenador (una carpeta de Syncthing, Nextcloud, Dropbox u OneDrive), o una memoria USB que lleves de uno a otro. Treatment Journey solo pone ahí archivos cifrados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder you already sync</source>
        <translation>Una carpeta que ya sincronizas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your passphrase opens the shared journal on other computers too. Each person you add later gets their own passphrase.</source>
        <translation>Tu frase de contraseña también abre el diario compartido en otros ordenadores. Cada persona que añadas después tendrá su propia frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing</source>
        <translation>Compartiendo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share</source>
        <translation>Co&amp;mpartir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the folder to share through first.</source>
        <translation>Elige primero la carpeta a través de la que compartir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no folder there. Choose a folder that exists, or connect the drive it is on.</source>
        <translation>Ahí no hay ninguna carpeta. Elige una carpeta que exista o conecta la unidad en la que está.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not this journal&apos;s passphrase, so nothing was shared. Check Caps Lock and try again.</source>
        <translation>Esa no es la frase de contraseña de este diario, así que no se ha compartido nada. Comprueba el Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../tracker/ui/settings/sharing_page.py" line="+41"/>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sharing keeps this journal the same on two or three computers: yours, and a carer&apos;s who helps you keep it.</source>
        <translation>Compartir mantiene este diario igual en dos o tres ordenadores: el tuyo y el de una persona cuidadora que te ayude a llevarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It works through a folder you already keep in step between computers: a Syncthing folder, Nextcloud, Dropbox, OneDrive, or a USB stick you carry. That folder receives only encrypted files. There is no server of ours, and nobody else can read them.</source>
        <translation>Funciona a través de una carpeta que ya mantienes al día entre ordenadores: una carpeta de Syncthing, Nextcloud, Dropbox, OneDrive o una memoria USB que llevas contigo. Esa carpeta solo recibe archivos cifrados. No hay ningún servidor nuestro y nadie más puede leerlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person opens the journal with their own passphrase. You add them here, on this computer; they type their passphrase themselves, so nobody shares a passphrase.</source>
        <translation>Cada persona abre el diario con su propia frase de contraseña. Tú las añades aquí, en este ordenador; cada una escribe su frase de contraseña, así que nadie comparte una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share this journal…</source>
        <translation>&amp;Compartir este diario…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing through:</source>
        <translation>Se comparte a través de:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computers</source>
        <translation>Ordenadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computers sharing this journal</source>
        <translation>Ordenadores que comparten este diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who may open it</source>
        <translation>Personas que pueden abrirlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who may open this journal</source>
        <translation>Personas que pueden abrir este diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add a person…</source>
        <translation>Añadir a una &amp;persona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer stops using the shared folder. The journal stays here with everything in it.</source>
        <translation>Este ordenador deja de usar la carpeta compartida. El diario se queda aquí con todo lo que contiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sharing on this computer…</source>
        <translation>&amp;Dejar de compartir en este ordenador…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not synced yet on this computer.</source>
        <translation>Aún no se ha sincronizado en este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You cannot remove yourself. To stop using the shared folder on this computer, use “Stop sharing on this computer…”.</source>
        <translation>No puedes quitarte de la lista. Para dejar de usar la carpeta compartida en este ordenador, usa «Dejar de compartir en este ordenador…».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This journal is now shared through {folder}. On the other computer, choose “Open a shared journal…” on the start screen, pick that folder once it has arrived there, and type the passphrase of the person using it. Add that person below first if it is not you.</source>
        <translation>Este diario ya se comparte a través de {folder}. En el otro ordenador, elige «Abrir un diario compartido…» en la pantalla de inicio, escoge esa carpeta cuando haya llegado allí y escribe la frase de contraseña de la persona que lo usa. Si no eres tú, añade antes a esa persona aquí abajo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} may now open this journal. On their computer, they choose “Open a shared journal…” on the start screen and type the passphrase they just chose.</source>
        <translation>{name} ya puede abrir este diario. En su ordenador, tiene que elegir «Abrir un diario compartido…» en la pantalla de inicio y escribir la frase de contraseña que acaba de elegir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} was removed. New changes are locked with a new key their copy does not have. Remember to remove them from your sync service too.</source>
        <translation>Se ha quitado a {name}. Los cambios nuevos se cifran con una clave nueva que su copia no tiene. Recuerda quitar también a esa persona de tu servicio de sincronización.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer no longer shares the journal. Everything in it is still here.</source>
        <translation>Este ordenador ya no comparte el diario. Todo lo que contiene sigue aquí.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../tracker/ui/help/shortcuts.py" line="+38"/>
        <source>Move to the next control</source>
        <extracomment>Keys that work inside a view or everywhere, which no window-level QAction describes.</extracomment>
        <translation>Ir al siguiente control</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Move to the previous control</source>
        <translation>Ir al control anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button or tick the focused box</source>
        <translation>Pulsar el botón seleccionado o marcar la casilla seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm: the highlighted button in a dialog</source>
        <translation>Confirmar: el botón resaltado de un cuadro de diálogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Dialogs</source>
        <translation>Cuadros de diálogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a dialog without saving</source>
        <translation>Cerrar un cuadro de diálogo sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the underlined letter: jump to that field or button</source>
        <translation>Con la letra subrayada: saltar a ese campo o botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Today, Plan, Diary</source>
        <translation>Hoy, Plan, Diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log symptoms</source>
        <translation>Anotar síntomas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the focused symptom (none to very severe)</source>
        <translation>Valorar el síntoma seleccionado (de nada a muy intenso)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symptom form</source>
        <translation>Formulario de síntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the explanations</source>
        <translation>Buscar en las explicaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back to the previous article</source>
        <translation>Volver al artículo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward to the next article</source>
        <translation>Ir al artículo siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the article</source>
        <translation>Imprimir el artículo</translation>
    </message>
    <message>
        <location filename="../tracker/ui/i18n_extra.py" line="+4"/>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../tracker/ui/help/shortcuts.py" line="+50"/>
        <location line="+29"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Everything in Treatment Journey can be done with the keyboard. These are the shortcuts; type in the box to find one.</source>
        <translation>En Treatment Journey todo se puede hacer con el teclado. Estos son los atajos; escribe en el cuadro para encontrar uno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../tracker/ui/main/sidebar.py" line="+104"/>
        <source>Sections</source>
        <extracomment>Icons only (titles in tooltips): set when the window leaves the views too little room.</extracomment>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../tracker/ui/wizard/strength.py" line="+21"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Demasiado corta: usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: easy to guess. Add a few more words.</source>
        <translation>Débil: fácil de adivinar. Añade algunas palabras más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: adding another word would make it much stronger.</source>
        <translation>Aceptable: con otra palabra sería mucho más fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good: hard to guess.</source>
        <translation>Buena: difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong: very hard to guess.</source>
        <translation>Fuerte: muy difícil de adivinar.</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location line="+63"/>
        <source>Passphrase strength</source>
        <extracomment>Theme colours by strength level (named, so dark mode gets its own shades).</extracomment>
        <translation>Fortaleza de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A short sentence of four or more ordinary words is strong and easy to remember.</source>
        <translation>Una frase corta de cuatro o más palabras normales es fuerte y fácil de recordar.</translation>
    </message>
</context>
<context>
    <name>SymptomForm</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_form.py" line="+117"/>
        <source>Save (Ctrl+Enter)</source>
        <extracomment>Symptoms the weekly check-in opens at once; the other suggestions wait behind &quot;More symptoms…&quot;. Save was pressed and the log is being written: the form closes once it is.</extracomment>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Edit symptom log</source>
        <translation>Editar anotación de síntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log symptoms</source>
        <translation>Anotar síntomas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Think back over the past 7 days. Rate each symptom from 0 (none) to 4. These are your own patient-reported ratings; there are no wrong answers.</source>
        <translation>Piensa en los últimos 7 días. Valora cada síntoma de 0 (nada) a 4. Son tus propias valoraciones como paciente; no hay respuestas incorrectas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add how you feel now, or earlier. Rate each symptom from 0 (none) to 4. These are your own patient-reported ratings; there are no wrong answers.</source>
        <translation>Anota cómo te encuentras ahora o cómo estabas antes. Valora cada síntoma de 0 (nada) a 4. Son tus propias valoraciones como paciente; no hay respuestas incorrectas.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Entered by:</source>
        <translation>&amp;Anotado por:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&lt;b&gt;Suggested for you&lt;/b&gt; (side effects of your current treatment first)</source>
        <translation>&lt;b&gt;Sugeridos para ti&lt;/b&gt; (primero los efectos secundarios de tu tratamiento actual)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Think back over the past 7 days for {name}. Rate each symptom from 0 (none) to 4, from what you saw or what {name} told you. These are carer-reported ratings.</source>
        <translation>Piensa en los últimos 7 días de {name}. Valora cada síntoma de 0 (nada) a 4, según lo que viste o lo que te contó {name}. Son valoraciones de la persona cuidadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add how {name} feels now, or earlier. Rate each symptom from 0 (none) to 4, from what you see or what {name} tells you. These are carer-reported ratings.</source>
        <translation>Anota cómo se encuentra {name} ahora o cómo estaba antes. Valora cada síntoma de 0 (nada) a 4, según lo que ves o lo que te cuenta {name}. Son valoraciones de la persona cuidadora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Suggested for {name}&lt;/b&gt; (side effects of the current treatment first)</source>
        <translation>&lt;b&gt;Sugeridos para {name}&lt;/b&gt; (primero los efectos secundarios del tratamiento actual)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>More symptoms…</source>
        <translation>Más síntomas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the other suggested symptoms too</source>
        <translation>Valore también los otros síntomas sugeridos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add another symptom:</source>
        <translation>&amp;Añadir otro síntoma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a few letters, then press Enter</source>
        <translation>Escribe unas letras y pulsa Intro</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why am I asked this?</source>
        <translation>¿Por qué me lo preguntan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anything else: what helped, what made it worse</source>
        <translation>Algo más: qué te ayudó, qué lo empeoró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} unit</source>
        <translation>Unidad de {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No symptom matches that. Try other words, or write it in the note.</source>
        <translation>Ningún síntoma coincide. Prueba con otras palabras o escríbelo en la nota.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Please type a number, for example {example}.</source>
        <translation>Escribe un número, por ejemplo {example}.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Saved in your diary.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
</context>
<context>
    <name>SymptomListModel</name>
    <message numerus="yes">
        <location filename="../tracker/ui/charts/symptom_list.py" line="+75"/>
        <source>%n entry(ies)</source>
        <extracomment>How many symptoms are ticked when the list is first filled (one panel), and at most (two panels of four lines; more panels would each be too small to read). A symptom beyond MAX_CHECKED was refused (the view says why). The person has chosen: the ticks no longer follow the period.</extracomment>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomRow</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_row.py" line="+36"/>
        <source>Why am I asked this?</source>
        <extracomment>The last question of this row was answered (the form moves focus on).</extracomment>
        <translation>¿Por qué me lo preguntan?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {symptom}</source>
        <translation>Quitar {symptom}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>For example: left hip, lower back</source>
        <translation>Por ejemplo: cadera izquierda, parte baja de la espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where is the {symptom}?</source>
        <translation>¿Dónde notas {symptom}?</translation>
    </message>
</context>
<context>
    <name>SymptomScale</name>
    <message>
        <location filename="../tracker/ui/diary/wording.py" line="-24"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very severe</source>
        <translation>muy intenso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rarely</source>
        <translation>pocas veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>occasionally</source>
        <translation>a veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frequently</source>
        <translation>a menudo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>almost constantly</source>
        <translation>casi siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a little bit</source>
        <translation>un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>somewhat</source>
        <translation>algo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quite a bit</source>
        <translation>bastante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very much</source>
        <translation>mucho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none above normal</source>
        <translation>ninguna vez más de lo normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 3 above normal</source>
        <translation>de 1 a 3 veces más de lo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 6 above normal</source>
        <translation>de 4 a 6 veces más de lo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 to 9 above normal</source>
        <translation>de 7 a 9 veces más de lo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 or more above normal</source>
        <translation>10 veces o más por encima de lo normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 2 times</source>
        <translation>1 o 2 veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 5 times</source>
        <translation>de 3 a 5 veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 to 9 times</source>
        <translation>de 6 a 9 veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 times or more</source>
        <translation>10 veces o más</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How bad at its worst?</source>
        <translation>¿Cómo de fuerte en el peor momento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often?</source>
        <translation>¿Con qué frecuencia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much did it get in the way of daily life?</source>
        <translation>¿Cuánto te impidió hacer tu vida diaria?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the past 7 days, how bad at its worst?</source>
        <translation>En los últimos 7 días, ¿cómo de fuerte en el peor momento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the past 7 days, how often?</source>
        <translation>En los últimos 7 días, ¿con qué frecuencia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the past 7 days, how much did it get in the way of daily life?</source>
        <translation>En los últimos 7 días, ¿cuánto te impidió hacer tu vida diaria?</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../tracker/ui/diary/symptom_texts.py" line="-116"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach and bowel</source>
        <translation>Estómago e intestino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth and throat</source>
        <translation>Boca y garganta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brain and nerves</source>
        <translation>Cerebro y nervios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing and chest</source>
        <translation>Respiración y pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin, hair and nails</source>
        <translation>Piel, pelo y uñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hormonal and sexual</source>
        <translation>Hormonal y sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood and thinking</source>
        <translation>Ánimo y pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other body changes</source>
        <translation>Otros cambios del cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiredness (fatigue)</source>
        <translation>Cansancio (fatiga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling worn out or drained in a way that rest does not put right.</source>
        <translation>Sentir agotamiento o falta de fuerzas de una forma que el descanso no arregla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble sleeping</source>
        <translation>Problemas para dormir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding it hard to fall asleep, waking often, or waking too early.</source>
        <translation>Costar dormirse, despertarse a menudo o despertarse demasiado pronto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever, shivers or feeling hot and cold</source>
        <translation>Fiebre, escalofríos o sensación de calor y frío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling feverish, shaky or sweaty, with or without a high reading on a thermometer.</source>
        <translation>Sensación de fiebre, temblores o sudores, marque o no el termómetro una temperatura alta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling generally unwell</source>
        <translation>Malestar general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling suddenly or generally unwell, even without a raised temperature: weak, achy, not yourself.</source>
        <translation>Sentirte mal de repente o en general, aunque no tengas la temperatura alta: con debilidad, dolorimiento o notando que no estás como siempre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puffiness in the arms, legs, ankles, hands or face.</source>
        <translation>Hinchazón en los brazos, las piernas, los tobillos, las manos o la cara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding or bruising</source>
        <translation>Sangrado o moratones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nosebleeds, bleeding gums, blood where it should not be, or bruises that appear easily.</source>
        <translation>Sangrado por la nariz o las encías, sangre donde no debería haberla o moratones que salen con facilidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow skin or eyes</source>
        <translation>Piel u ojos amarillos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A yellow tint to the skin or the whites of the eyes, sometimes with dark pee or pale stools.</source>
        <translation>Un tono amarillo en la piel o en el blanco de los ojos, a veces con orina oscura o heces claras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very thirsty or passing a lot of urine</source>
        <translation>Mucha sed u orinar mucho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being unusually thirsty, needing to pee much more often, or a high sugar reading.</source>
        <translation>Tener más sed de lo normal, necesitar orinar mucho más a menudo o tener el azúcar alto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems passing urine</source>
        <translation>Problemas al orinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning or pain when peeing, needing to go urgently, or not being able to go.</source>
        <translation>Escozor o dolor al orinar, necesidad urgente de ir o no poder orinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bladder or bowel control change</source>
        <translation>Cambio en el control de la vejiga o del intestino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New trouble passing urine, or leaking urine or poo when you could hold it before.</source>
        <translation>Dificultad nueva para orinar, o escapes de orina o de heces cuando antes podías aguantarte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling sick (nausea)</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A queasy feeling in the stomach, as if you might be sick.</source>
        <translation>Malestar en el estómago, como si fueras a vomitar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sick (vomiting)</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Being sick (bringing food or liquid up). Rate how many times in the last 24 hours.</source>
        <translation>Vomitar (devolver comida o líquido). Valora cuántas veces en las últimas 24 horas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose or watery stools. Rate how many times in the last 24 hours you opened your bowels above your normal.</source>
        <translation>Heces blandas o líquidas. Valora cuántas deposiciones más de lo normal para ti has tenido en las últimas 24 horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stools that are hard, painful or less frequent than usual for you.</source>
        <translation>Heces duras, dolorosas o menos frecuentes de lo que es normal para ti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor appetite</source>
        <translation>Poco apetito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not feeling like eating, or feeling full after a few bites.</source>
        <translation>No tener ganas de comer o sentir saciedad tras unos bocados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in taste</source>
        <translation>Cambios en el gusto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food tastes different, bland or metallic.</source>
        <translation>La comida sabe distinta, sosa o a metal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tummy pain</source>
        <translation>Dolor de tripa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain, cramps or discomfort in the belly.</source>
        <translation>Dolor, retortijones o molestias en la barriga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore mouth or mouth ulcers</source>
        <translation>Boca dolorida o llagas en la boca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Painful spots, ulcers or redness inside the mouth or on the lips.</source>
        <translation>Puntos dolorosos, llagas o enrojecimiento dentro de la boca o en los labios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore throat or painful swallowing</source>
        <translation>Dolor de garganta o al tragar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raw or painful throat, or pain when you swallow.</source>
        <translation>Garganta irritada o dolorida, o dolor al tragar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint aches</source>
        <translation>Dolor de articulaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aching or stiffness in joints such as knees, hips, hands or wrists.</source>
        <translation>Dolor o rigidez en articulaciones como rodillas, caderas, manos o muñecas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle aches</source>
        <translation>Dolor muscular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aching or tender muscles that are not from exercise.</source>
        <translation>Músculos doloridos o sensibles que no se deben al ejercicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone pain</source>
        <translation>Dolor de huesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deep ache or sharp pain in a bone, such as the ribs, hips, spine or legs.</source>
        <translation>Un dolor profundo o agudo en un hueso, como las costillas, las caderas, la columna o las piernas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain anywhere along the back or spine, including pain that wakes you at night.</source>
        <translation>Dolor en cualquier parte de la espalda o la columna, incluido el que te despierta por la noche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jaw or tooth pain</source>
        <translation>Dolor de mandíbula o de muelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aching in the jaw, loose teeth, or a sore area on the gums that does not heal.</source>
        <translation>Dolor en la mandíbula, dientes que se mueven o una zona dolorida en las encías que no se cura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain or pressure in the head.</source>
        <translation>Dolor o presión en la cabeza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest pain</source>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain, tightness or pressure in the chest.</source>
        <translation>Dolor, opresión o presión en el pecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other pain</source>
        <translation>Otro dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain somewhere not listed elsewhere; say where it hurts.</source>
        <translation>Dolor en algún sitio que no aparece en la lista; di dónde te duele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling light-headed, unsteady, or as if the room is spinning.</source>
        <translation>Sensación de aturdimiento, de inestabilidad o de que la habitación da vueltas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palpitations or fainting</source>
        <translation>Palpitaciones o desmayos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A racing, pounding or irregular heartbeat, feeling faint, or passing out.</source>
        <translation>Latidos muy rápidos, fuertes o irregulares, sensación de desmayo o perder el conocimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in eyesight</source>
        <translation>Cambios en la vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurred or double vision, or losing part of what you can see.</source>
        <translation>Visión borrosa o doble, o perder parte de lo que ves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling muddled, not knowing where you are, or others noticing you are not yourself.</source>
        <translation>Sentir confusión, no saber dónde estás o que otras personas noten que no te comportas como siempre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness or numbness in the legs or arms</source>
        <translation>Debilidad o entumecimiento en piernas o brazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legs or arms feeling weak, heavy or numb, or trouble walking.</source>
        <translation>Piernas o brazos débiles, pesados o dormidos, o dificultad para caminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pins and needles in hands or feet</source>
        <translation>Hormigueo en manos o pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingling, numbness or burning in the fingers or toes.</source>
        <translation>Hormigueo, entumecimiento o ardor en los dedos de las manos o de los pies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short of breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting out of breath more easily than usual, or breathless at rest.</source>
        <translation>Quedarte sin aliento con más facilidad de lo normal, o sin aire en reposo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cough</source>
        <translation>Tos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cough that is new or will not go away.</source>
        <translation>Una tos nueva o que no se va.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore hands or feet</source>
        <translation>Manos o pies doloridos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redness, swelling, peeling or soreness on the palms or soles.</source>
        <translation>Enrojecimiento, hinchazón, descamación o dolor en las palmas o las plantas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rash</source>
        <translation>Erupción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red, bumpy, dry or broken skin.</source>
        <translation>Piel roja, con granitos, seca o agrietada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itchy skin</source>
        <translation>Picor en la piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An urge to scratch that will not settle.</source>
        <translation>Ganas de rascarte que no se calman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hair loss or thinning</source>
        <translation>Caída o pérdida de pelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losing hair from the head or body.</source>
        <translation>Perder pelo de la cabeza o del cuerpo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nail changes</source>
        <translation>Cambios en las uñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nails that are darker, ridged, brittle or lifting, or sore skin around them.</source>
        <translation>Uñas más oscuras, con estrías, quebradizas o que se levantan, o piel dolorida a su alrededor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot flushes and sweats</source>
        <translation>Sofocos y sudores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudden waves of heat, often with sweating, by day or at night.</source>
        <translation>Oleadas repentinas de calor, a menudo con sudor, de día o de noche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaginal dryness</source>
        <translation>Sequedad vaginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dryness, itching or discomfort in the vagina, including during sex.</source>
        <translation>Sequedad, picor o molestias en la vagina, también durante las relaciones sexuales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry or sore eyes</source>
        <translation>Ojos secos o irritados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes that feel gritty, dry, watery or sore.</source>
        <translation>Ojos con sensación de arenilla, secos, llorosos o doloridos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low mood</source>
        <translation>Ánimo bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling down, flat or tearful, or losing interest in things.</source>
        <translation>Sentir tristeza, desánimo o ganas de llorar, o perder el interés por las cosas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry or anxiety</source>
        <translation>Preocupación o ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling on edge, tense or unable to stop worrying.</source>
        <translation>Sentir nervios o tensión, o no poder dejar de preocuparte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory or concentration problems</source>
        <translation>Problemas de memoria o concentración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgetting things or finding it hard to focus, sometimes called chemo brain.</source>
        <translation>Olvidar cosas o costar concentrarse; a veces se llama «quimiocerebro».</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../tracker/ui/sync/controller.py" line="+237"/>
        <source>Sharing stopped because of an unexpected problem. Lock and unlock the journal to try again.</source>
        <extracomment>A sync service writes a file in steps (temp name, rename): wait for it to settle. A run finished: the SyncReport (None when the run failed). A run started or finished (for busy indicators). A plain message for the status bar when the problems changed (&quot;&quot; when they cleared). The last run&apos;s report (None before the first run or after a failed one). Plain messages of the last run&apos;s problems (translated), as shown. Bumped at detach: a run of an earlier session reports to nobody.</extracomment>
        <translation>Se ha dejado de compartir por un problema inesperado. Bloquea y desbloquea el diario para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../tracker/ui/diary/entry_forms.py" line="+20"/>
        <source>I have &amp;asked this</source>
        <translation>Ya lo he &amp;preguntado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has been a&amp;nswered</source>
        <translation>Ya me han &amp;respondido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ans&amp;wer (optional):</source>
        <translation>Res&amp;puesta (opcional):</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../tracker/ui/diary/timeline_model.py" line="+142"/>
        <source>When</source>
        <extracomment>A reload&apos;s pages landed: the model was reset with them. Everyone who may have entered something (the filter bar&apos;s &quot;Entered by&quot; list). A reload has landed at least once (until then the view shows neither rows nor &quot;empty&quot;). Counts reloads: a page read for an older list is dropped when it lands. The read in flight (None when none is): canFetchMore is False while there is one.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind} (deleted)</source>
        <translation>{kind} (borrada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} · changed on two computers</source>
        <translation>{kind} · con cambios en dos ordenadores</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{when}, {kind}, entered by {person}: {text}</source>
        <translation>{when}, {kind}, anotado por {person}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}, {kind}: {text}</source>
        <translation>{when}, {kind}: {text}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../tracker/ui/plan/timeline.py" line="+30"/>
        <source>Timeline of your lines of treatment</source>
        <extracomment>Row height and the room above the rows at normal text size (both grow with the text). Radiotherapy and procedures: one colour apart from the lines&apos; colours.</extracomment>
        <translation>Cronología de tus líneas de tratamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {n}: {name}, from {start}</source>
        <translation>Línea {n}: {name}, desde {start}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your lines of treatment will appear here.</source>
        <translation>Aquí aparecerán tus líneas de tratamiento.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+83"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>TodayGroups</name>
    <message>
        <location filename="../tracker/ui/today/groups.py" line="+14"/>
        <location line="+4"/>
        <source>Night</source>
        <extracomment>(id, English label, first hour). A dose belongs to the last group whose hour it has reached.</extracomment>
        <translation>Noche</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midday</source>
        <translation>Mediodía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier days, not marked yet</source>
        <translation>Días anteriores, aún sin marcar</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../tracker/ui/today/view.py" line="+75"/>
        <source>No plan yet</source>
        <extracomment>Below this width the cards stack in one column (1024×600 with the sidebar, large text). The session&apos;s plan use case: dose marks are steps of its one undo history, which the Plan&apos;s Undo takes back as well (and Ctrl+Z here takes back a Plan change).</extracomment>
        <translation>Aún no hay plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the treatment your team gave you. Then this page shows what is due each day, and you can tick each dose off in one click.</source>
        <translation>Añade el tratamiento que te dio tu equipo. Después esta página te mostrará lo que toca cada día, y podrás marcar cada dosis con un clic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add my treatment plan</source>
        <translation>Añadir mi plan de tratamiento</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Doses today</source>
        <extracomment>The dose-mark undo position when the check-in last saved (its undo is the diary&apos;s).</extracomment>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Doses are grouped by time of day. Tick the box when a dose is taken.</source>
        <translation>Las &amp;dosis se agrupan por momento del día. Marca la casilla cuando se tome una dosis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Doses due today and overdue</source>
        <translation>Dosis de hoy y pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is due today. Enjoy the day.</source>
        <translation>Hoy no toca nada. Disfruta del día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken now</source>
        <translation>Tomada ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken at another time…</source>
        <translation>Tomada a otra hora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by the team</source>
        <translation>Pausada por el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen dose taken now (Space)</source>
        <translation>Marcar la dosis elegida como tomada ahora (Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every open dose of this time of day taken now (Ctrl+Shift+A)</source>
        <translation>Marcar como tomadas ahora todas las dosis sin marcar de este momento del día (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen dose taken at a time you choose</source>
        <translation>Marcar la dosis elegida como tomada a la hora que elijas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen dose missed (Ctrl+Shift+M)</source>
        <translation>Marcar la dosis elegida como olvidada (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen dose skipped on purpose (Ctrl+Shift+K)</source>
        <translation>Marcar la dosis elegida como saltada a propósito (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team told you not to take this dose (Ctrl+Shift+H)</source>
        <translation>Tu equipo te dijo que no tomaras esta dosis (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>All {group} taken ({count})</source>
        <translation>Todas tomadas: {group} ({count})</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Next appointment: {day} {time} — {what}</source>
        <translation>Próxima cita: {day} {time} — {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Marking as: {name}</source>
        <translation>Marcando como: {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When was it taken?</source>
        <translation>¿Cuándo se tomó?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time taken</source>
        <translation>Fecha y hora de la toma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, planned for {day}</source>
        <translation>{name}, prevista para el {day}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/today/dose_delegate.py" line="+22"/>
        <source>Mark all taken</source>
        <translation>Marcar todas como tomadas</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../tracker/ui/plan/pattern_editor.py" line="-124"/>
        <source>Unit</source>
        <extracomment>A new step&apos;s times: morning and midday, as the steroids article advises.</extracomment>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../tracker/ui/unlock/window.py" line="+37"/>
        <source>Treatment Journey</source>
        <translation>Treatment Journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Open your journal</source>
        <translation>Abre tu diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journal:</source>
        <translation>&amp;Diario:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create another journal…</source>
        <translation>Crear otro diario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a shared journal…</source>
        <translation>Abrir un diario compartido…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A journal someone shared with you through a synced folder (Ctrl+Shift+O)</source>
        <translation>Un diario que alguien ha compartido contigo a través de una carpeta sincronizada (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Passphrase for {name}:</source>
        <translation>&amp;Frase de contraseña de {name}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../tracker/ui/wizard/pages.py" line="-144"/>
        <source>Create another journal</source>
        <translation>Crear otro diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome to Treatment Journey</source>
        <translation>Te damos la bienvenida a Treatment Journey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment Journey is a private diary for your treatment: the plan your team gave you, doses, symptoms and side effects, with plain explanations, reminders and a summary to take to clinic.</source>
        <translation>Treatment Journey es un diario privado de tu tratamiento: el plan que te dio tu equipo, las dosis, los síntomas y los efectos secundarios, con explicaciones sencillas, recordatorios y un resumen para llevar a la consulta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything stays on this computer. Your journal is encrypted: without your passphrase (or your recovery key) nobody can read it, not even us.</source>
        <translation>Todo se queda en este ordenador. Tu diario está cifrado: sin tu frase de contraseña (o tu clave de recuperación) nadie puede leerlo, ni siquiera nosotros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app records and explains. It never tells you what treatment or dose to take: your treatment team decides that.</source>
        <translation>La aplicación anota y explica. Nunca te dice qué tratamiento o dosis tomar: eso lo decide tu equipo médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A carer who looks after more than one person can keep a separate journal for each. Each journal has its own passphrase.</source>
        <translation>Una persona que cuida de más de una persona puede llevar un diario aparte para cada una. Cada diario tiene su propia frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did someone share their journal with you through a synced folder?</source>
        <translation>¿Alguien ha compartido su diario contigo a través de una carpeta sincronizada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;shared journal…</source>
        <translation>Abrir un diario &amp;compartido…</translation>
    </message>
</context>
<context>
    <name>WhatIsThisLink</name>
    <message>
        <location filename="../tracker/ui/common/links.py" line="+20"/>
        <source>What is this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the explanation: {title}</source>
        <translation>Abrir la explicación: {title}</translation>
    </message>
</context>
<context>
    <name>WhenPicker</name>
    <message>
        <location filename="../tracker/ui/diary/when_picker.py" line="+25"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This morning (8:00)</source>
        <translation>Esta mañana (8:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This afternoon (14:00)</source>
        <translation>Esta tarde (14:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last night (23:00)</source>
        <translation>Anoche (23:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday evening (19:00)</source>
        <translation>Ayer por la tarde (19:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another date and time</source>
        <translation>Otra fecha y hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../tracker/ui/plan/drug_dialog.py" line="-6"/>
        <source>The schedule is not complete yet.</source>
        <translation>La pauta aún no está completa.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/drugs_model.py" line="+40"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {start}</source>
        <translation>desde el {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {day}</source>
        <translation>{kind} el {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose changed</source>
        <translation>Dosis cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarted</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/view.py" line="-557"/>
        <location filename="../tracker/ui/today/next_up.py" line="-74"/>
        <source>{name}: {cycle}</source>
        <translation>{name}: {cycle}</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now on line {n}: {name}</source>
        <translation>Ahora en la línea {n}: {name}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/local_treatment_dialog.py" line="-89"/>
        <location filename="../tracker/ui/plan/view.py" line="+8"/>
        <source>Line {n}: {name}</source>
        <translation>Línea {n}: {name}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/plan/view.py" line="+24"/>
        <source>From {start} to {end}. Ended: {reason}.</source>
        <translation>Del {start} al {end}. Terminó por: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since {start}.</source>
        <translation>Desde el {start}.</translation>
    </message>
    <message>
        <location filename="../tracker/ui/today/model.py" line="+84"/>
        <source>{day}, {time}</source>
        <extracomment>The group id (&quot;morning&quot; … &quot;overdue&quot;) of a row. True on the first row of a group (the delegate draws the group&apos;s heading above it). True for supportive medicines (drawn quieter than anti-cancer treatment). The second line alone (status, who entered it), for the delegate.</extracomment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Held by the team: do not take this dose</source>
        <translation>Suspendida por el equipo: no tomes esta dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not marked yet</source>
        <translation>Pendiente: aún sin marcar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not marked yet</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entered by {name}</source>
        <translation>anotado por {name}</translation>
    </message>
    <message>
        <location filename="../tracker/ui/today/next_up.py" line="-4"/>
        <source>{name}: break week, no doses ({cycle}). The next cycle starts {day}.</source>
        <extracomment>Routes given at the clinic (or by a nurse), announced as &quot;next infusion or injection&quot;. How far ahead to look for the next clinic dose and the next cycle start. The cycle&apos;s break (after its last dose day, e.g. days 22-28 of a 21/28 cycle).</extracomment>
        <translation>{name}: semana de descanso, sin dosis ({cycle}). El siguiente ciclo empieza el {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: break week, no doses ({cycle}).</source>
        <translation>{name}: semana de descanso, sin dosis ({cycle}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today: {what} – {site}, treatment {n} of {count}</source>
        <translation>Hoy: {what} – {site}, sesión {n} de {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {what} – {site}</source>
        <translation>Hoy: {what} – {site}</translation>
    </message>
</context>
</TS>
