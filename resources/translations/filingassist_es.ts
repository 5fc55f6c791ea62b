<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>filingassist</name>
    <message>
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Francés</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>Mandatario</translation>
    </message>
    <message>
      <source>All designated States</source>
      <translation>Todos los Estados designados</translation>
    </message>
    <message>
      <source>All designated States except the United States</source>
      <translation>Todos los Estados designados salvo los Estados Unidos</translation>
    </message>
    <message>
      <source>The United States only</source>
      <translation>Solo los Estados Unidos</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>Solicitante</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>Mandatario</translation>
    </message>
    <message>
      <source>Common representative</source>
      <translation>Representante común</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Transferencia bancaria</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>Tarjeta de crédito</translation>
    </message>
    <message>
      <source>Deposit account</source>
      <translation>Cuenta de depósito</translation>
    </message>
    <message>
      <source>WIPO current account</source>
      <translation>Cuenta corriente en la OMPI</translation>
    </message>
    <message>
      <source>Through the Office of origin</source>
      <translation>Por conducto de la Oficina de origen</translation>
    </message>
    <message>
      <source>Individual mark</source>
      <translation>Marca individual</translation>
    </message>
    <message>
      <source>Collective mark</source>
      <translation>Marca colectiva</translation>
    </message>
    <message>
      <source>Certification mark</source>
      <translation>Marca de certificación</translation>
    </message>
    <message>
      <source>Guarantee mark</source>
      <translation>Marca de garantía</translation>
    </message>
    <message>
      <source>Three-dimensional</source>
      <translation>Tridimensional</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Sonora</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <source>Hologram</source>
      <translation>Holograma</translation>
    </message>
    <message>
      <source>Motion</source>
      <translation>Movimiento</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Patrón</translation>
    </message>
    <message>
      <source>Multimedia</source>
      <translation>Multimedia</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Word</source>
      <translation>Denominativa</translation>
    </message>
    <message>
      <source>Figurative</source>
      <translation>Figurativa</translation>
    </message>
    <message>
      <source>Combined</source>
      <translation>Mixta</translation>
    </message>
    <message>
      <source>Shape (3-D)</source>
      <translation>Forma (3D)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <source>Domicile</source>
      <translation>Domicilio</translation>
    </message>
    <message>
      <source>Real and effective establishment</source>
      <translation>Establecimiento industrial o comercial efectivo y real</translation>
    </message>
    <message>
      <source>Natural person</source>
      <translation>Persona física</translation>
    </message>
    <message>
      <source>Legal entity</source>
      <translation>Persona jurídica</translation>
    </message>
    <message>
      <source>Use in commerce</source>
      <translation>Uso en el comercio</translation>
    </message>
    <message>
      <source>Intent to use</source>
      <translation>Intención de uso</translation>
    </message>
    <message>
      <source>Foreign registration</source>
      <translation>Registro extranjero</translation>
    </message>
    <message>
      <source>Foreign application</source>
      <translation>Solicitud extranjera</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Nacional</translation>
    </message>
    <message>
      <source>Regional</source>
      <translation>Regional</translation>
    </message>
    <message>
      <source>International</source>
      <translation>Internacional</translation>
    </message>
    <message>
      <source>International (PCT)</source>
      <translation>Internacional (PCT)</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Request in XML</source>
      <translation>Petitorio en XML</translation>
    </message>
    <message>
      <source>Everything in XML</source>
      <translation>Todo en XML</translation>
    </message>
    <message>
      <source>Nordic Patent Institute</source>
      <translation>Instituto Nórdico de Patentes</translation>
    </message>
    <message>
      <source>Visegrad Patent Institute</source>
      <translation>Instituto de Patentes de Visegrado</translation>
    </message>
    <message>
      <source>European Patent Office</source>
      <translation>Oficina Europea de Patentes</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>Tasas</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Todos los cambios guardados</translation>
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation>Cambios sin guardar…</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <source>The fee tables are not installed.</source>
      <translation>Las tablas de tasas no están instaladas.</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Adjuntar un archivo</translation>
    </message>
    <message>
      <source>Could not attach the file.</source>
      <translation>No se pudo adjuntar el archivo.</translation>
    </message>
    <message>
      <source>Edit {field}</source>
      <translation>Modificar {field}</translation>
    </message>
    <message>
      <source>Responding to the notice “{notice}” (deadline {deadline}). Correct the application, then sign it: it is sent as your response.</source>
      <translation>Respuesta a la notificación «{notice}» (plazo: {deadline}). Corrija la solicitud y fírmela: se enviará como su respuesta.</translation>
    </message>
    <message>
      <source>Could not save: {error}. Retrying…</source>
      <translation>No se pudo guardar: {error}. Reintentando…</translation>
    </message>
    <message>
      <source>Attaching {name}…</source>
      <translation>Adjuntando {name}…</translation>
    </message>
    <message>
      <source>All changes saved · revision {n}</source>
      <translation>Todos los cambios guardados · revisión {n}</translation>
    </message>
    <message>
      <source>Choose classes</source>
      <translation>Elegir clases</translation>
    </message>
    <message>
      <source>Choose Contracting Parties</source>
      <translation>Elegir Partes Contratantes</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>Buscar…</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Clase</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Título de la clase</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Contracting Party</source>
      <translation>Parte Contratante</translation>
    </message>
    <message>
      <source>Fee type</source>
      <translation>Tipo de tasa</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Tasa</translation>
    </message>
    <message>
      <source>Fees as of {date}.</source>
      <translation>Tasas al {date}.</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>Productos</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Servicios</translation>
    </message>
    <message>
      <source>Individual fee</source>
      <translation>Tasa individual</translation>
    </message>
    <message>
      <source>Complementary fee</source>
      <translation>Complemento de tasa</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Guardar como PDF…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>Offices</source>
      <translation>Oficinas</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Claves</translation>
    </message>
    <message>
      <source>Language and data</source>
      <translation>Idioma y datos</translation>
    </message>
    <message>
      <source>Office address</source>
      <translation>Dirección de la oficina</translation>
    </message>
    <message>
      <source>Account token</source>
      <translation>Token de la cuenta</translation>
    </message>
    <message>
      <source>Certificate fingerprint (SHA-256)</source>
      <translation>Huella del certificado (SHA-256)</translation>
    </message>
    <message>
      <source>Ask the office</source>
      <translation>Consultar a la oficina</translation>
    </message>
    <message>
      <source>Add office</source>
      <translation>Añadir oficina</translation>
    </message>
    <message>
      <source>Compare the fingerprint with the one the office gave you before adding it.</source>
      <translation>Compare la huella con la que le dio la oficina antes de añadirla.</translation>
    </message>
    <message>
      <source>Asking the office…</source>
      <translation>Consultando a la oficina…</translation>
    </message>
    <message>
      <source>Adding the office…</source>
      <translation>Añadiendo la oficina…</translation>
    </message>
    <message>
      <source>Office added.</source>
      <translation>Oficina añadida.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Carpeta de datos</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>A new data folder is used from the next start.</source>
      <translation>La nueva carpeta de datos se usará a partir del próximo inicio.</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>Oficina</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Titular del certificado</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Válido hasta</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>Huella</translation>
    </message>
    <message>
      <source>New keys are created from the sign dialog.</source>
      <translation>Las claves nuevas se crean desde la ventana de firma.</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>no disponible</translation>
    </message>
    <message>
      <source>Sign the application</source>
      <translation>Firmar la solicitud</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <source>Applicants:</source>
      <translation>Solicitantes:</translation>
    </message>
    <message>
      <source>Fees:</source>
      <translation>Tasas:</translation>
    </message>
    <message>
      <source>Application data (XML and JSON)</source>
      <translation>Datos de la solicitud (XML y JSON)</translation>
    </message>
    <message>
      <source>Signing key</source>
      <translation>Clave de firma</translation>
    </message>
    <message>
      <source>New key…</source>
      <translation>Nueva clave…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <source>Put it in the outbox to send when the office is reachable</source>
      <translation>Ponerla en la bandeja de salida para enviarla cuando la oficina esté accesible</translation>
    </message>
    <message>
      <source>Key:</source>
      <translation>Clave:</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Frase de contraseña:</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Firmar</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>Nueva clave</translation>
    </message>
    <message>
      <source>Name of the key holder:</source>
      <translation>Nombre del titular de la clave:</translation>
    </message>
    <message>
      <source>E-mail address:</source>
      <translation>Correo electrónico:</translation>
    </message>
    <message>
      <source>Creating the key…</source>
      <translation>Creando la clave…</translation>
    </message>
    <message>
      <source>Key created.</source>
      <translation>Clave creada.</translation>
    </message>
    <message>
      <source>Signing… (you can keep working)</source>
      <translation>Firmando… (puede seguir trabajando)</translation>
    </message>
    <message>
      <source>Response to:</source>
      <translation>Respuesta a:</translation>
    </message>
    <message>
      <source>Files in the package:</source>
      <translation>Archivos del paquete:</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>Error:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Advertencia:</translation>
    </message>
    <message>
      <source>Correct the errors before signing.</source>
      <translation>Corrija los errores antes de firmar.</translation>
    </message>
    <message>
      <source>Signing is not available in this installation.</source>
      <translation>La firma no está disponible en esta instalación.</translation>
    </message>
    <message>
      <source>Type the passphrase for the new key first.</source>
      <translation>Escriba primero la frase de contraseña de la nueva clave.</translation>
    </message>
    <message>
      <source>Choose or create a key first.</source>
      <translation>Elija o cree primero una clave.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sin título)</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>Problemas:</translation>
    </message>
    <message>
      <source>Signing failed: {error}</source>
      <translation>Error al firmar: {error}</translation>
    </message>
    <message>
      <source>valid as of {date}</source>
      <translation>válido al {date}</translation>
    </message>
    <message>
      <source>Something unexpected went wrong; the details help to report it.</source>
      <translation>Se produjo un error inesperado; los detalles sirven para notificarlo.</translation>
    </message>
    <message>
      <source>It is no longer in this data folder: it may have been deleted, or it belongs to another data folder.</source>
      <translation>Ya no está en esta carpeta de datos: puede que se haya eliminado o que pertenezca a otra carpeta de datos.</translation>
    </message>
    <message>
      <source>This cannot be done now.</source>
      <translation>Esta acción no es posible ahora.</translation>
    </message>
    <message>
      <source>The file or the data could not be read.</source>
      <translation>No se pudo leer el archivo o los datos.</translation>
    </message>
    <message>
      <source>The application has errors: correct them first.</source>
      <translation>La solicitud contiene errores: corríjalos primero.</translation>
    </message>
    <message>
      <source>The application could not be signed: check the key and its passphrase.</source>
      <translation>No se pudo firmar la solicitud: compruebe la clave y su frase de contraseña.</translation>
    </message>
    <message>
      <source>A signature or a certificate could not be verified.</source>
      <translation>No se pudo verificar una firma o un certificado.</translation>
    </message>
    <message>
      <source>The office cannot be reached now; sending is retried later.</source>
      <translation>La oficina no está accesible ahora; el envío se reintentará más tarde.</translation>
    </message>
    <message>
      <source>The office refused the package.</source>
      <translation>La oficina rechazó el paquete.</translation>
    </message>
    <message>
      <source>Sending to the office failed.</source>
      <translation>Error al enviar a la oficina.</translation>
    </message>
    <message>
      <source>The action failed.</source>
      <translation>La acción ha fallado.</translation>
    </message>
    <message>
      <source>The disk could not be read or written (full, or not allowed).</source>
      <translation>No se pudo leer ni escribir en el disco (lleno o sin permiso).</translation>
    </message>
    <message>
      <source>Basic fee</source>
      <translation>Tasa de base</translation>
    </message>
    <message>
      <source>Supplementary fee</source>
      <translation>Tasa suplementaria</translation>
    </message>
    <message>
      <source>Search fee</source>
      <translation>Tasa de búsqueda</translation>
    </message>
    <message>
      <source>Transmittal fee</source>
      <translation>Tasa de transmisión</translation>
    </message>
    <message>
      <source>International filing fee</source>
      <translation>Tasa de presentación internacional</translation>
    </message>
    <message>
      <source>Fee per sheet over 30</source>
      <translation>Tasa por hoja a partir de la 31</translation>
    </message>
    <message>
      <source>E-filing reduction</source>
      <translation>Reducción por presentación electrónica</translation>
    </message>
    <message>
      <source>Reduction for natural persons</source>
      <translation>Reducción para personas físicas</translation>
    </message>
    <message>
      <source>Application fee</source>
      <translation>Tasa de solicitud</translation>
    </message>
    <message>
      <source>Fees cannot be calculated yet.</source>
      <translation>Las tasas aún no se pueden calcular.</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>Total: {amount}</translation>
    </message>
    <message>
      <source>(incomplete: some amounts are not in the fee table)</source>
      <translation>(incompleto: algunos importes no figuran en la tabla de tasas)</translation>
    </message>
    <message>
      <source>Fee table valid as of {date}</source>
      <translation>Tabla de tasas válida al {date}</translation>
    </message>
    <message>
      <source>Checking the application…</source>
      <translation>Comprobando la solicitud…</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>No problems found. The application is ready to sign.</source>
      <translation>No se encontraron problemas. La solicitud está lista para firmar.</translation>
    </message>
    <message>
      <source>The application could not be checked: {error}</source>
      <translation>No se pudo comprobar la solicitud: {error}</translation>
    </message>
    <message>
      <source>Basis: {basis}</source>
      <translation>Fundamento: {basis}</translation>
    </message>
    <message>
      <source>Suggestions: {items}</source>
      <translation>Sugerencias: {items}</translation>
    </message>
    <message>
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} errores, {warnings} advertencias</translation>
    </message>
    <message>
      <source>No errors; {warnings} warnings</source>
      <translation>Sin errores; {warnings} advertencias</translation>
    </message>
    <message>
      <source>Replace with “{text}”</source>
      <translation>Sustituir por «{text}»</translation>
    </message>
    <message>
      <source>Choose classes…</source>
      <translation>Elegir clases…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Choose Contracting Parties…</source>
      <translation>Elegir Partes Contratantes…</translation>
    </message>
    <message>
      <source>Add {item}</source>
      <translation>Añadir: {item}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>Elegir una fecha</translation>
    </message>
    <message>
      <source>One entry per line</source>
      <translation>Una entrada por línea</translation>
    </message>
    <message>
      <source>unreadable image</source>
      <translation>imagen ilegible</translation>
    </message>
    <message>
      <source>No file. Drop a file here or choose one.</source>
      <translation>Ningún archivo. Suelte un archivo aquí o elija uno.</translation>
    </message>
    <message>
      <source>Search the term list and press Enter to add</source>
      <translation>Buscar en la lista de términos y pulsar Intro para añadir</translation>
    </message>
    <message>
      <source>Search the term list</source>
      <translation>Buscar en la lista de términos</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>{n} páginas</translation>
    </message>
    <message>
      <source>{n} sequences</source>
      <translation>{n} secuencias</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} píxeles</translation>
    </message>
    <message>
      <source>New MM2 from a basic mark…</source>
      <translation>Nueva MM2 a partir de una marca de base…</translation>
    </message>
    <message>
      <source>Search all drafts (names, marks, terms…)</source>
      <translation>Buscar en todos los borradores (nombres, marcas, términos…)</translation>
    </message>
    <message>
      <source>Search drafts</source>
      <translation>Buscar borradores</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Todos los tipos</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>Borradores</translation>
    </message>
    <message>
      <source>No drafts yet. Start a new application above.</source>
      <translation>Todavía no hay borradores. Empiece una solicitud nueva arriba.</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Bandeja de salida</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Acuses de recibo</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Notificaciones</translation>
    </message>
    <message>
      <source>New trademark application</source>
      <translation>Nueva solicitud de marca</translation>
    </message>
    <message>
      <source>New Madrid application (MM2)</source>
      <translation>Nueva solicitud Madrid (MM2)</translation>
    </message>
    <message>
      <source>New patent application</source>
      <translation>Nueva solicitud de patente</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>Buscar:</translation>
    </message>
    <message>
      <source>Filing Assistant</source>
      <translation>Asistente de presentación</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Comprobar</translation>
    </message>
    <message>
      <source>Sign…</source>
      <translation>Firmar…</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Enviar ahora</translation>
    </message>
    <message>
      <source>Print summary as PDF…</source>
      <translation>Imprimir el resumen en PDF…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Configuración…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
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
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edición</translation>
    </message>
    <message>
      <source>&amp;Application</source>
      <translation>&amp;Solicitud</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Barra de herramientas principal</translation>
    </message>
    <message>
      <source>Reference data: loading…</source>
      <translation>Datos de referencia: cargando…</translation>
    </message>
    <message>
      <source>Receipt received</source>
      <translation>Acuse de recibo recibido</translation>
    </message>
    <message>
      <source>Choose the basic mark record</source>
      <translation>Elegir el registro de la marca de base</translation>
    </message>
    <message>
      <source>Import an application</source>
      <translation>Importar una solicitud</translation>
    </message>
    <message>
      <source>Application documents (*.json)</source>
      <translation>Documentos de solicitud (*.json)</translation>
    </message>
    <message>
      <source>Application summary</source>
      <translation>Resumen de la solicitud</translation>
    </message>
    <message>
      <source>Filing receipt</source>
      <translation>Acuse de recibo de la presentación</translation>
    </message>
    <message>
      <source>Reference data: not available</source>
      <translation>Datos de referencia: no disponibles</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Procesando…</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings.</source>
      <translation>No hay ninguna oficina configurada: añada una en Configuración.</translation>
    </message>
    <message>
      <source>The application of this notice is not here.</source>
      <translation>La solicitud de esta notificación no está aquí.</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Sin conexión</translation>
    </message>
    <message>
      <source>Office reachable</source>
      <translation>Oficina accesible</translation>
    </message>
    <message>
      <source>Sending…</source>
      <translation>Enviando…</translation>
    </message>
    <message>
      <source>The office has receipted package {package}.</source>
      <translation>La oficina ha acusado recibo del paquete {package}.</translation>
    </message>
    <message>
      <source>Signed: package {package}</source>
      <translation>Firmado: paquete {package}</translation>
    </message>
    <message>
      <source>Reference data valid as of {date}</source>
      <translation>Datos de referencia válidos al {date}</translation>
    </message>
    <message>
      <source>Trademark</source>
      <translation>Marca</translation>
    </message>
    <message>
      <source>Madrid (MM2)</source>
      <translation>Madrid (MM2)</translation>
    </message>
    <message>
      <source>Patent</source>
      <translation>Patente</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Firmado</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>En cola</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <source>Receipted</source>
      <translation>Recibo acusado</translation>
    </message>
    <message>
      <source>Filed</source>
      <translation>Presentado</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Rechazado</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Last saved</source>
      <translation>Guardado por última vez</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>Revisiones</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Enviando</translation>
    </message>
    <message>
      <source>Sent, awaiting receipt</source>
      <translation>Enviado, en espera del acuse de recibo</translation>
    </message>
    <message>
      <source>Receipt could not be verified</source>
      <translation>No se pudo verificar el acuse de recibo</translation>
    </message>
    <message>
      <source>Irregularity</source>
      <translation>Irregularidad</translation>
    </message>
    <message>
      <source>Acknowledgement</source>
      <translation>Acuse de recibo</translation>
    </message>
    <message>
      <source>Provisional refusal</source>
      <translation>Denegación provisional</translation>
    </message>
    <message>
      <source>Fee reminder</source>
      <translation>Recordatorio de tasa</translation>
    </message>
    <message>
      <source>late</source>
      <translation>fuera de plazo</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <source>Try to send every queued package now (Ctrl+Shift+Return)</source>
      <translation>Intentar enviar ahora todos los paquetes en cola (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
      <source>Open receipt</source>
      <translation>Abrir el acuse de recibo</translation>
    </message>
    <message>
      <source>{n} s</source>
      <translation>{n} s</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} min {s} s</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Paquete</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Velocidad</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Tiempo restante</translation>
    </message>
    <message>
      <source>Next retry</source>
      <translation>Próximo intento</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>Nothing waiting to be sent.</source>
      <translation>Nada pendiente de envío.</translation>
    </message>
    <message>
      <source>Application number</source>
      <translation>Número de solicitud</translation>
    </message>
    <message>
      <source>Filing date</source>
      <translation>Fecha de presentación</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Notificación</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Días restantes</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <source>Respond</source>
      <translation>Responder</translation>
    </message>
    <message>
      <source>Progress of {package}</source>
      <translation>Progreso de {package}</translation>
    </message>
    <message>
      <source>{n} packages waiting to be sent or receipted</source>
      <translation>{n} paquetes pendientes de envío o de acuse de recibo</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>vencido hace {n} días</translation>
    </message>
    <message>
      <source>Keep this receipt: it proves the date the office received your application.</source>
      <translation>Conserve este acuse de recibo: prueba la fecha en que la oficina recibió su solicitud.</translation>
    </message>
    <message>
      <source>Received after the deadline</source>
      <translation>Recibido después del plazo</translation>
    </message>
    <message>
      <source>Package digest</source>
      <translation>Huella del paquete</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>individual fee (amount not in the table)</source>
      <translation>tasa individual (importe no incluido en la tabla)</translation>
    </message>
    <message>
      <source>(complementary fee)</source>
      <translation>(complemento de tasa)</translation>
    </message>
    <message>
      <source>International application under the Madrid Protocol (MM2)</source>
      <translation>Solicitud internacional en virtud del Protocolo de Madrid (MM2)</translation>
    </message>
    <message>
      <source>Form MM2: application for international registration of a mark, filed through the Office of origin.</source>
      <translation>Formulario MM2: solicitud de registro internacional de una marca, presentada por conducto de la Oficina de origen.</translation>
    </message>
    <message>
      <source>Your reference and the language of the international application.</source>
      <translation>Su referencia y el idioma de la solicitud internacional.</translation>
    </message>
    <message>
      <source>Contracting Party whose Office is the Office of origin</source>
      <translation>Parte Contratante cuya Oficina es la Oficina de origen</translation>
    </message>
    <message>
      <source>Name and address must be the same as those of the holder of the basic mark.</source>
      <translation>El nombre y la dirección deben ser los del titular de la marca de base.</translation>
    </message>
    <message>
      <source>Entitlement to file</source>
      <translation>Derecho a presentar la solicitud</translation>
    </message>
    <message>
      <source>Tick at least one: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>Marque al menos uno: nacionalidad, domicilio o establecimiento industrial o comercial efectivo y real en la Parte Contratante de la Oficina de origen.</translation>
    </message>
    <message>
      <source>Basic application or basic registration</source>
      <translation>Solicitud de base o registro de base</translation>
    </message>
    <message>
      <source>Priority claimed</source>
      <translation>Prioridad reivindicada</translation>
    </message>
    <message>
      <source>The mark</source>
      <translation>La marca</translation>
    </message>
    <message>
      <source>Colour(s) claimed</source>
      <translation>Color(es) reivindicado(s)</translation>
    </message>
    <message>
      <source>Miscellaneous indications</source>
      <translation>Indicaciones diversas</translation>
    </message>
    <message>
      <source>Goods and services</source>
      <translation>Productos y servicios</translation>
    </message>
    <message>
      <source>Designated Contracting Parties</source>
      <translation>Partes Contratantes designadas</translation>
    </message>
    <message>
      <source>Signature by the applicant or the representative</source>
      <translation>Firma del solicitante o del mandatario</translation>
    </message>
    <message>
      <source>Certification and signature of the international application by the Office of origin</source>
      <translation>Certificación y firma de la solicitud internacional por la Oficina de origen</translation>
    </message>
    <message>
      <source>Fee calculation sheet</source>
      <translation>Hoja de cálculo de tasas</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>Solicitantes</translation>
    </message>
    <message>
      <source>Entitlement</source>
      <translation>Derecho a presentar la solicitud</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Basic applications and registrations</source>
      <translation>Solicitudes y registros de base</translation>
    </message>
    <message>
      <source>Basic mark</source>
      <translation>Marca de base</translation>
    </message>
    <message>
      <source>Priority claims</source>
      <translation>Reivindicaciones de prioridad</translation>
    </message>
    <message>
      <source>Earlier filing</source>
      <translation>Presentación anterior</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Clases</translation>
    </message>
    <message>
      <source>Limitations for designated Contracting Parties</source>
      <translation>Limitaciones para Partes Contratantes designadas</translation>
    </message>
    <message>
      <source>Limitation</source>
      <translation>Limitación</translation>
    </message>
    <message>
      <source>Applicant's or representative's reference</source>
      <translation>Referencia del solicitante o del mandatario</translation>
    </message>
    <message>
      <source>Language of the international application</source>
      <translation>Idioma de la solicitud internacional</translation>
    </message>
    <message>
      <source>English, French or Spanish, as the Office of origin permits.</source>
      <translation>Inglés, francés o español, según lo que admita la Oficina de origen.</translation>
    </message>
    <message>
      <source>Date of the international application</source>
      <translation>Fecha de la solicitud internacional</translation>
    </message>
    <message>
      <source>The date the Office of origin receives it; used for the priority period.</source>
      <translation>La fecha en que la recibe la Oficina de origen; se usa para el plazo de prioridad.</translation>
    </message>
    <message>
      <source>Office of origin</source>
      <translation>Oficina de origen</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <source>Country of address</source>
      <translation>País de la dirección</translation>
    </message>
    <message>
      <source>Address for correspondence</source>
      <translation>Dirección para la correspondencia</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Communications with the International Bureau are electronic; an e-mail address is required.</source>
      <translation>Las comunicaciones con la Oficina Internacional son electrónicas; se requiere una dirección de correo electrónico.</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Preferred language for correspondence</source>
      <translation>Idioma preferido para la correspondencia</translation>
    </message>
    <message>
      <source>Type of applicant (natural person or legal entity)</source>
      <translation>Tipo de solicitante (persona física o persona jurídica)</translation>
    </message>
    <message>
      <source>Nationality (natural person)</source>
      <translation>Nacionalidad (persona física)</translation>
    </message>
    <message>
      <source>Legal nature (legal entity)</source>
      <translation>Naturaleza jurídica (persona jurídica)</translation>
    </message>
    <message>
      <source>State under whose law the legal entity is organised</source>
      <translation>Estado conforme a cuya legislación está constituida la persona jurídica</translation>
    </message>
    <message>
      <source>State or Contracting Party</source>
      <translation>Estado o Parte Contratante</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Basic mark record imported from</source>
      <translation>Registro de la marca de base importado de</translation>
    </message>
    <message>
      <source>Filled by “prefill from the basic mark”; used to check that the mark and goods stay consistent.</source>
      <translation>Lo rellena «completar a partir de la marca de base»; sirve para comprobar que la marca y los productos siguen siendo coherentes.</translation>
    </message>
    <message>
      <source>Mark in the basic record</source>
      <translation>Marca en el registro de base</translation>
    </message>
    <message>
      <source>Holder in the basic record</source>
      <translation>Titular en el registro de base</translation>
    </message>
    <message>
      <source>Goods and services in the basic record (class: term)</source>
      <translation>Productos y servicios en el registro de base (clase: término)</translation>
    </message>
    <message>
      <source>Office of the earlier filing</source>
      <translation>Oficina de la presentación anterior</translation>
    </message>
    <message>
      <source>Number of the earlier filing</source>
      <translation>Número de la presentación anterior</translation>
    </message>
    <message>
      <source>Date of the earlier filing</source>
      <translation>Fecha de la presentación anterior</translation>
    </message>
    <message>
      <source>Goods and services covered, if not all</source>
      <translation>Productos y servicios cubiertos, si no son todos</translation>
    </message>
    <message>
      <source>Verbal element of the mark</source>
      <translation>Elemento verbal de la marca</translation>
    </message>
    <message>
      <source>The applicant wishes the mark to be considered a mark in standard characters</source>
      <translation>El solicitante desea que la marca se considere una marca en caracteres estándar</translation>
    </message>
    <message>
      <source>Reproduction of the mark</source>
      <translation>Reproducción de la marca</translation>
    </message>
    <message>
      <source>JPEG or PNG image of the mark, as in the basic application or registration.</source>
      <translation>Imagen JPEG o PNG de la marca, tal como figura en la solicitud o el registro de base.</translation>
    </message>
    <message>
      <source>The reproduction of the mark is in colour</source>
      <translation>La reproducción de la marca es en color</translation>
    </message>
    <message>
      <source>Colour is claimed as a distinctive feature of the mark</source>
      <translation>Se reivindica el color como elemento distintivo de la marca</translation>
    </message>
    <message>
      <source>Colour or combination of colours claimed</source>
      <translation>Color o combinación de colores reivindicados</translation>
    </message>
    <message>
      <source>Principal parts of the mark that are in each colour</source>
      <translation>Partes principales de la marca que son de cada color</translation>
    </message>
    <message>
      <source>Transliteration of the mark</source>
      <translation>Transliteración de la marca</translation>
    </message>
    <message>
      <source>Translation of the mark</source>
      <translation>Traducción de la marca</translation>
    </message>
    <message>
      <source>Type of mark</source>
      <translation>Tipo de marca</translation>
    </message>
    <message>
      <source>Description of the mark</source>
      <translation>Descripción de la marca</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>Renuncia</translation>
    </message>
    <message>
      <source>Nice class</source>
      <translation>Clase de Niza</translation>
    </message>
    <message>
      <source>One term per line, as in the Nice Alphabetical List where possible.</source>
      <translation>Un término por línea, como en la Lista alfabética de Niza cuando sea posible.</translation>
    </message>
    <message>
      <source>Designated Contracting Party</source>
      <translation>Parte Contratante designada</translation>
    </message>
    <message>
      <source>Goods and services kept for this party</source>
      <translation>Productos y servicios mantenidos para esta Parte</translation>
    </message>
    <message>
      <source>Declaration of intention to use the mark (MM18) is annexed (United States designated)</source>
      <translation>Se adjunta la declaración de intención de utilizar la marca (MM18) (Estados Unidos designado)</translation>
    </message>
    <message>
      <source>MM18 signed by</source>
      <translation>MM18 firmado por</translation>
    </message>
    <message>
      <source>Signed MM18 form</source>
      <translation>Formulario MM18 firmado</translation>
    </message>
    <message>
      <source>Name of the signatory</source>
      <translation>Nombre del firmante</translation>
    </message>
    <message>
      <source>Signs as</source>
      <translation>Firma en calidad de</translation>
    </message>
    <message>
      <source>Text-string signature</source>
      <translation>Firma en forma de cadena de caracteres</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/.</source>
      <translation>Su nombre entre barras, por ejemplo /Juana Pérez/.</translation>
    </message>
    <message>
      <source>Date of signature</source>
      <translation>Fecha de la firma</translation>
    </message>
    <message>
      <source>Date on which the Office of origin received the request to present this application</source>
      <translation>Fecha en que la Oficina de origen recibió la petición de presentar esta solicitud</translation>
    </message>
    <message>
      <source>Name of the certifying official</source>
      <translation>Nombre del funcionario que certifica</translation>
    </message>
    <message>
      <source>Method of payment</source>
      <translation>Forma de pago</translation>
    </message>
    <message>
      <source>WIPO current account number</source>
      <translation>Número de cuenta corriente en la OMPI</translation>
    </message>
    <message>
      <source>Payment reference</source>
      <translation>Referencia del pago</translation>
    </message>
    <message>
      <source>Name of the payer</source>
      <translation>Nombre del pagador</translation>
    </message>
    <message>
      <source>Total amount paid (CHF)</source>
      <translation>Importe total pagado (CHF)</translation>
    </message>
    <message>
      <source>Must equal the total of the fee calculation.</source>
      <translation>Debe ser igual al total del cálculo de tasas.</translation>
    </message>
    <message>
      <source>Patent application (PCT request or national)</source>
      <translation>Solicitud de patente (petitorio PCT o nacional)</translation>
    </message>
    <message>
      <source>International application under the PCT (request form PCT/RO/101) or a national patent application, with description, claims, abstract and drawings.</source>
      <translation>Solicitud internacional en virtud del PCT (formulario de petitorio PCT/RO/101) o solicitud de patente nacional, con descripción, reivindicaciones, resumen y dibujos.</translation>
    </message>
    <message>
      <source>Route, receiving Office and language</source>
      <translation>Vía, Oficina receptora e idioma</translation>
    </message>
    <message>
      <source>Title of invention</source>
      <translation>Título de la invención</translation>
    </message>
    <message>
      <source>Further applicants and/or inventors</source>
      <translation>Otros solicitantes o inventores</translation>
    </message>
    <message>
      <source>Agent or common representative; address for correspondence</source>
      <translation>Mandatario o representante común; dirección para la correspondencia</translation>
    </message>
    <message>
      <source>Designations</source>
      <translation>Designaciones</translation>
    </message>
    <message>
      <source>Priority claim</source>
      <translation>Reivindicación de prioridad</translation>
    </message>
    <message>
      <source>International Searching Authority</source>
      <translation>Administración encargada de la búsqueda internacional</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Declaraciones</translation>
    </message>
    <message>
      <source>Check list</source>
      <translation>Lista de verificación</translation>
    </message>
    <message>
      <source>Signature of applicant, agent or common representative</source>
      <translation>Firma del solicitante, del mandatario o del representante común</translation>
    </message>
    <message>
      <source>Description, claims, abstract and drawings</source>
      <translation>Descripción, reivindicaciones, resumen y dibujos</translation>
    </message>
    <message>
      <source>Fee calculation and payment</source>
      <translation>Cálculo y pago de tasas</translation>
    </message>
    <message>
      <source>Inventors (who are not applicants)</source>
      <translation>Inventores (que no son solicitantes)</translation>
    </message>
    <message>
      <source>Inventor</source>
      <translation>Inventor</translation>
    </message>
    <message>
      <source>Earlier application</source>
      <translation>Solicitud anterior</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Reivindicaciones</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Reivindicación</translation>
    </message>
    <message>
      <source>Drawings</source>
      <translation>Dibujos</translation>
    </message>
    <message>
      <source>Drawing sheet</source>
      <translation>Hoja de dibujo</translation>
    </message>
    <message>
      <source>Filing route</source>
      <translation>Vía de presentación</translation>
    </message>
    <message>
      <source>Receiving Office</source>
      <translation>Oficina receptora</translation>
    </message>
    <message>
      <source>For the PCT: the Office of a State of residence or nationality of an applicant, or the International Bureau (IB).</source>
      <translation>Para el PCT: la Oficina de un Estado de domicilio o de nacionalidad de un solicitante, o la Oficina Internacional (RO/IB).</translation>
    </message>
    <message>
      <source>Language of filing</source>
      <translation>Idioma de presentación</translation>
    </message>
    <message>
      <source>Applicant's or agent's file reference</source>
      <translation>Referencia del expediente del solicitante o del mandatario</translation>
    </message>
    <message>
      <source>At most 12 characters on the PCT request.</source>
      <translation>Como máximo 12 caracteres en el petitorio PCT.</translation>
    </message>
    <message>
      <source>Intended international filing date</source>
      <translation>Fecha prevista de presentación internacional</translation>
    </message>
    <message>
      <source>Used to check the priority period; the receiving Office sets the filing date.</source>
      <translation>Se usa para comprobar el plazo de prioridad; la Oficina receptora fija la fecha de presentación.</translation>
    </message>
    <message>
      <source>State of nationality</source>
      <translation>Estado de nacionalidad</translation>
    </message>
    <message>
      <source>State of residence</source>
      <translation>Estado de domicilio</translation>
    </message>
    <message>
      <source>This applicant is a natural person</source>
      <translation>Este solicitante es una persona física</translation>
    </message>
    <message>
      <source>This applicant is also an inventor</source>
      <translation>Este solicitante es también inventor</translation>
    </message>
    <message>
      <source>Applicant for the purposes of</source>
      <translation>Solicitante a efectos de</translation>
    </message>
    <message>
      <source>Appointed as</source>
      <translation>Nombrado como</translation>
    </message>
    <message>
      <source>Agent's registration number</source>
      <translation>Número de registro del mandatario</translation>
    </message>
    <message>
      <source>All PCT Contracting States are designated (Rule 4.9(a))</source>
      <translation>Se designan todos los Estados contratantes del PCT (regla 4.9.a))</translation>
    </message>
    <message>
      <source>States excluded from designation (Rule 4.9(b))</source>
      <translation>Estados excluidos de la designación (regla 4.9.b))</translation>
    </message>
    <message>
      <source>Office of the national application (national route)</source>
      <translation>Oficina de la solicitud nacional (vía nacional)</translation>
    </message>
    <message>
      <source>Office of the earlier application</source>
      <translation>Oficina de la solicitud anterior</translation>
    </message>
    <message>
      <source>Number of the earlier application</source>
      <translation>Número de la solicitud anterior</translation>
    </message>
    <message>
      <source>Filing date of the earlier application</source>
      <translation>Fecha de presentación de la solicitud anterior</translation>
    </message>
    <message>
      <source>Kind of earlier application</source>
      <translation>Tipo de solicitud anterior</translation>
    </message>
    <message>
      <source>Declaration as to the identity of the inventor (Rule 4.17(i))</source>
      <translation>Declaración sobre la identidad del inventor (regla 4.17.i))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to apply for and be granted a patent (Rule 4.17(ii))</source>
      <translation>Declaración sobre el derecho del solicitante a solicitar y obtener una patente (regla 4.17.ii))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to claim priority (Rule 4.17(iii))</source>
      <translation>Declaración sobre el derecho del solicitante a reivindicar la prioridad (regla 4.17.iii))</translation>
    </message>
    <message>
      <source>Declaration of inventorship (Rule 4.17(iv))</source>
      <translation>Declaración de calidad de inventor (regla 4.17.iv))</translation>
    </message>
    <message>
      <source>Declaration as to non-prejudicial disclosures (Rule 4.17(v))</source>
      <translation>Declaración sobre divulgaciones no perjudiciales (regla 4.17.v))</translation>
    </message>
    <message>
      <source>Sheets of the request</source>
      <translation>Hojas del petitorio</translation>
    </message>
    <message>
      <source>Sheets of the description</source>
      <translation>Hojas de la descripción</translation>
    </message>
    <message>
      <source>Sheets of the claims</source>
      <translation>Hojas de las reivindicaciones</translation>
    </message>
    <message>
      <source>Sheets of the abstract</source>
      <translation>Hojas del resumen</translation>
    </message>
    <message>
      <source>Sheets of the drawings</source>
      <translation>Hojas de los dibujos</translation>
    </message>
    <message>
      <source>Power of attorney</source>
      <translation>Poder</translation>
    </message>
    <message>
      <source>Figure of the drawings to accompany the abstract</source>
      <translation>Figura de los dibujos que acompañará al resumen</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/ (PCT Annex F).</source>
      <translation>Su nombre entre barras, por ejemplo /Juana Pérez/ (anexo F del PCT).</translation>
    </message>
    <message>
      <source>Technical field</source>
      <translation>Sector técnico</translation>
    </message>
    <message>
      <source>Background art</source>
      <translation>Estado de la técnica anterior</translation>
    </message>
    <message>
      <source>Description of the invention</source>
      <translation>Descripción de la invención</translation>
    </message>
    <message>
      <source>Separate paragraphs with a blank line.</source>
      <translation>Separe los párrafos con una línea en blanco.</translation>
    </message>
    <message>
      <source>Brief description of the drawings</source>
      <translation>Breve descripción de los dibujos</translation>
    </message>
    <message>
      <source>Claim number</source>
      <translation>Número de la reivindicación</translation>
    </message>
    <message>
      <source>Claim text</source>
      <translation>Texto de la reivindicación</translation>
    </message>
    <message>
      <source>Abstract</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Preferably 50 to 150 words (PCT Rule 8.1(b)).</source>
      <translation>Preferiblemente de 50 a 150 palabras (regla 8.1.b) del PCT).</translation>
    </message>
    <message>
      <source>Drawing file</source>
      <translation>Archivo del dibujo</translation>
    </message>
    <message>
      <source>Figure label</source>
      <translation>Leyenda de la figura</translation>
    </message>
    <message>
      <source>Sequence listing (WIPO ST.26 XML)</source>
      <translation>Lista de secuencias (XML ST.26 de la OMPI)</translation>
    </message>
    <message>
      <source>Suggested IPC symbols</source>
      <translation>Símbolos de la CIP propuestos</translation>
    </message>
    <message>
      <source>For example A61K 31/00.</source>
      <translation>Por ejemplo A61K 31/00.</translation>
    </message>
    <message>
      <source>Electronic filing format (for the fee reduction)</source>
      <translation>Formato de presentación electrónica (para la reducción de tasas)</translation>
    </message>
    <message>
      <source>Deposit or current account number</source>
      <translation>Número de cuenta de depósito o cuenta corriente</translation>
    </message>
    <message>
      <source>Name of the payer (card holder)</source>
      <translation>Nombre del pagador (titular de la tarjeta)</translation>
    </message>
    <message>
      <source>Payment by {method} needs {label}.</source>
      <translation>El pago mediante {method} requiere: {label}.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be the Office of origin.</source>
      <translation>{code} no es Parte Contratante del Protocolo de Madrid y no puede ser la Oficina de origen.</translation>
    </message>
    <message>
      <source>The entitlement State {state} does not match the Office of origin {origin}.</source>
      <translation>El Estado {state} invocado para el derecho a presentar no coincide con la Oficina de origen {origin}.</translation>
    </message>
    <message>
      <source>Designate at least one Contracting Party.</source>
      <translation>Designe al menos una Parte Contratante.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be designated.</source>
      <translation>{code} no es Parte Contratante del Protocolo de Madrid y no puede ser designada.</translation>
    </message>
    <message>
      <source>The Contracting Party of the Office of origin ({code}) cannot be designated.</source>
      <translation>La Parte Contratante de la Oficina de origen ({code}) no puede ser designada.</translation>
    </message>
    <message>
      <source>Class {class} does not exist: Nice classes are 1 to 45.</source>
      <translation>La clase {class} no existe: las clases de Niza van de 1 a 45.</translation>
    </message>
    <message>
      <source>Class {class} lists no goods or services.</source>
      <translation>La clase {class} no enumera ningún producto ni servicio.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the International Bureau may object to it.</source>
      <translation>«{term}» no figura en la lista de Niza para la clase {class}; la Oficina Internacional podría objetarlo.</translation>
    </message>
    <message>
      <source>Colour is claimed but the reproduction of the mark is not in colour.</source>
      <translation>Se reivindica el color, pero la reproducción de la marca no es en color.</translation>
    </message>
    <message>
      <source>The United States is designated: annex the declaration of intention to use the mark (MM18).</source>
      <translation>Estados Unidos está designado: adjunte la declaración de intención de utilizar la marca (MM18).</translation>
    </message>
    <message>
      <source>Priority from {date} can only be claimed until {deadline} (six months).</source>
      <translation>La prioridad del {date} solo puede reivindicarse hasta el {deadline} (seis meses).</translation>
    </message>
    <message>
      <source>Give the basic application or registration on which the international application is based.</source>
      <translation>Indique la solicitud o el registro de base en que se basa la solicitud internacional.</translation>
    </message>
    <message>
      <source>Give the date of the international application (the date the Office of origin receives it).</source>
      <translation>Indique la fecha de la solicitud internacional (la fecha en que la recibe la Oficina de origen).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) is not covered by the basic mark.</source>
      <translation>«{term}» (clase {class}) no está cubierto por la marca de base.</translation>
    </message>
    <message>
      <source>The Office of origin {origin} accepts international applications in {allowed}, not {language}.</source>
      <translation>La Oficina de origen {origin} acepta solicitudes internacionales en {allowed}, no en {language}.</translation>
    </message>
    <message>
      <source>The total declared ({declared} {currency}) differs from the fees computed: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>El total declarado ({declared} {currency}) difiere de las tasas calculadas: {total} {currency} (tasas válidas al {valid_as_of}).</translation>
    </message>
    <message>
      <source>A word mark consists of its text only: give the verbal element and no image ({label}).</source>
      <translation>Una marca denominativa consiste solo en su texto: indique el elemento verbal y ninguna imagen ({label}).</translation>
    </message>
    <message>
      <source>This type of mark needs a representation file ({label}).</source>
      <translation>Este tipo de marca requiere un archivo de representación ({label}).</translation>
    </message>
    <message>
      <source>{office} accepts {allowed} for a {type} mark, not {format}.</source>
      <translation>{office} acepta {allowed} para una marca de tipo {type}, no {format}.</translation>
    </message>
    <message>
      <source>The file is {size} bytes; {office} accepts at most {max} bytes.</source>
      <translation>El archivo tiene {size} bytes; {office} acepta como máximo {max} bytes.</translation>
    </message>
    <message>
      <source>Colour is claimed: name the colours and where they appear.</source>
      <translation>Se reivindica el color: indique los colores y dónde aparecen.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the office may object to it.</source>
      <translation>«{term}» no figura en la lista de Niza para la clase {class}; la oficina podría objetarlo.</translation>
    </message>
    <message>
      <source>{office} accepts a reference of at most {max} characters without spaces.</source>
      <translation>{office} acepta una referencia de como máximo {max} caracteres sin espacios.</translation>
    </message>
    <message>
      <source>RO/{ro} is not competent: no applicant is a national or resident of {ro} (applicants: {states}). File with RO/IB or the Office of an applicant's State.</source>
      <translation>La Oficina RO/{ro} no es competente: ningún solicitante es nacional o residente de {ro} (solicitantes: {states}). Presente la solicitud ante RO/IB o ante la Oficina del Estado de un solicitante.</translation>
    </message>
    <message>
      <source>The earlier application of {date} is more than 14 months before {filed}: the priority claim is void (the priority period ended {deadline}).</source>
      <translation>La solicitud anterior del {date} es más de 14 meses anterior al {filed}: la reivindicación de prioridad es nula (el plazo de prioridad terminó el {deadline}).</translation>
    </message>
    <message>
      <source>The priority period ended on {deadline}: request restoration of the right of priority (possible until {window}).</source>
      <translation>El plazo de prioridad terminó el {deadline}: pida el restablecimiento del derecho de prioridad (posible hasta el {window}).</translation>
    </message>
    <message>
      <source>The abstract has {words} words; it should preferably have {min} to {max}.</source>
      <translation>El resumen tiene {words} palabras; preferiblemente debería tener de {min} a {max}.</translation>
    </message>
    <message>
      <source>The application needs at least one claim.</source>
      <translation>La solicitud necesita al menos una reivindicación.</translation>
    </message>
    <message>
      <source>Claim {number} should be numbered {expected}: claims are numbered consecutively in Arabic numerals.</source>
      <translation>La reivindicación {number} debería llevar el número {expected}: las reivindicaciones se numeran consecutivamente en números arábigos.</translation>
    </message>
    <message>
      <source>Give the title of the invention (box I).</source>
      <translation>Indique el título de la invención (recuadro I).</translation>
    </message>
    <message>
      <source>The file reference has {length} characters; the PCT request allows at most {max}.</source>
      <translation>La referencia del expediente tiene {length} caracteres; el petitorio PCT admite como máximo {max}.</translation>
    </message>
    <message>
      <source>Give the nationality and the residence of every applicant ({name}).</source>
      <translation>Indique la nacionalidad y el domicilio de cada solicitante ({name}).</translation>
    </message>
    <message>
      <source>{states} requires the inventors to be named: mark applicants who are inventors or add the inventors (box III).</source>
      <translation>{states} exige que se nombre a los inventores: marque los solicitantes que son inventores o añada los inventores (recuadro III).</translation>
    </message>
    <message>
      <source>The sequence listing {name} is not WIPO ST.26 XML (root element: {root}).</source>
      <translation>La lista de secuencias {name} no es XML ST.26 de la OMPI (elemento raíz: {root}).</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX).</source>
      <translation>Indique el número de hojas de cada parte (recuadro IX).</translation>
    </message>
    <message>
      <source>{symbol} is not a well-formed IPC symbol (for example A61K 31/00).</source>
      <translation>{symbol} no es un símbolo de la CIP bien formado (por ejemplo A61K 31/00).</translation>
    </message>
    <message>
      <source>National trademark application</source>
      <translation>Solicitud nacional de marca</translation>
    </message>
    <message>
      <source>Application for registration of a trademark at a national or regional office.</source>
      <translation>Solicitud de registro de una marca ante una oficina nacional o regional.</translation>
    </message>
    <message>
      <source>Office and language</source>
      <translation>Oficina e idioma</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Fees and payment</source>
      <translation>Tasas y pago</translation>
    </message>
    <message>
      <source>Office of filing</source>
      <translation>Oficina de presentación</translation>
    </message>
    <message>
      <source>Two-letter language code, for example en.</source>
      <translation>Código de idioma de dos letras, por ejemplo es.</translation>
    </message>
    <message>
      <source>Applicant's reference</source>
      <translation>Referencia del solicitante</translation>
    </message>
    <message>
      <source>Intended filing date</source>
      <translation>Fecha prevista de presentación</translation>
    </message>
    <message>
      <source>Used for the priority period; the office sets the official filing date.</source>
      <translation>Se usa para el plazo de prioridad; la oficina fija la fecha oficial de presentación.</translation>
    </message>
    <message>
      <source>Filing basis</source>
      <translation>Fundamento de la presentación</translation>
    </message>
    <message>
      <source>Required by some offices (United States).</source>
      <translation>Lo exigen algunas oficinas (Estados Unidos).</translation>
    </message>
    <message>
      <source>Legal form (legal entity)</source>
      <translation>Forma jurídica (persona jurídica)</translation>
    </message>
    <message>
      <source>State of incorporation (legal entity)</source>
      <translation>Estado de constitución (persona jurídica)</translation>
    </message>
    <message>
      <source>Verbal element</source>
      <translation>Elemento verbal</translation>
    </message>
    <message>
      <source>The words of the mark exactly as they are to be registered.</source>
      <translation>Las palabras de la marca exactamente como deben registrarse.</translation>
    </message>
    <message>
      <source>Standard characters (no particular font, style or colour)</source>
      <translation>Caracteres estándar (sin tipo de letra, estilo ni color particulares)</translation>
    </message>
    <message>
      <source>Representation of the mark</source>
      <translation>Representación de la marca</translation>
    </message>
    <message>
      <source>Image (or sound/video file) as the office accepts for this type of mark.</source>
      <translation>Imagen (o archivo de sonido o vídeo) tal como la oficina la acepta para este tipo de marca.</translation>
    </message>
    <message>
      <source>Colour is claimed</source>
      <translation>Se reivindica el color</translation>
    </message>
    <message>
      <source>Colours claimed and where they appear</source>
      <translation>Colores reivindicados y dónde aparecen</translation>
    </message>
    <message>
      <source>Transliteration</source>
      <translation>Transliteración</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Traducción</translation>
    </message>
    <message>
      <source>Deposit account number</source>
      <translation>Número de cuenta de depósito</translation>
    </message>
    <message>
      <source>Total amount paid</source>
      <translation>Importe total pagado</translation>
    </message>
    <message>
      <source>The total of the fee quote, in the office's currency.</source>
      <translation>El total del presupuesto de tasas, en la moneda de la oficina.</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Frase de contraseña: </translation>
    </message>
    <message>
      <source>No keys yet; create one with 'filingassist keys new --name "Your Name"'.</source>
      <translation>Todavía no hay claves; cree una con 'filingassist keys new --name "Su nombre"'.</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>de confianza</translation>
    </message>
    <message>
      <source>integrity only, no trust anchor given</source>
      <translation>solo integridad, no se indicó ningún ancla de confianza</translation>
    </message>
    <message>
      <source>OK: the package is sound.</source>
      <translation>Correcto: el paquete está íntegro.</translation>
    </message>
    <message>
      <source>Repeat passphrase: </source>
      <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
      <source>NOT OK: {count} problem(s).</source>
      <translation>INCORRECTO: {count} problema(s).</translation>
    </message>
    <message>
      <source>Expected text.</source>
      <translation>Se esperaba un texto.</translation>
    </message>
    <message>
      <source>Line breaks are not allowed here.</source>
      <translation>Aquí no se admiten saltos de línea.</translation>
    </message>
    <message>
      <source>Not a valid e-mail address.</source>
      <translation>Dirección de correo electrónico no válida.</translation>
    </message>
    <message>
      <source>Expected a date (YYYY-MM-DD).</source>
      <translation>Se esperaba una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
      <source>Expected yes or no.</source>
      <translation>Se esperaba sí o no.</translation>
    </message>
    <message>
      <source>Expected a whole number.</source>
      <translation>Se esperaba un número entero.</translation>
    </message>
    <message>
      <source>Expected a list of texts.</source>
      <translation>Se esperaba una lista de textos.</translation>
    </message>
    <message>
      <source>Expected an attached file.</source>
      <translation>Se esperaba un archivo adjunto.</translation>
    </message>
    <message>
      <source>The attached file has no valid SHA-256 digest.</source>
      <translation>El archivo adjunto no tiene un resumen SHA-256 válido.</translation>
    </message>
    <message>
      <source>The attached file has no name.</source>
      <translation>El archivo adjunto no tiene nombre.</translation>
    </message>
    <message>
      <source>The attached file has no size or media type.</source>
      <translation>El archivo adjunto no tiene tamaño ni tipo de medio.</translation>
    </message>
    <message>
      <source>Name the colour or colours claimed.</source>
      <translation>Indique el color o los colores reivindicados.</translation>
    </message>
    <message>
      <source>The mark must be the same as the basic mark “{basic}”.</source>
      <translation>La marca debe ser idéntica a la marca de base «{basic}».</translation>
    </message>
    <message>
      <source>The applicant must be the holder of the basic mark ({basic}).</source>
      <translation>El solicitante debe ser el titular de la marca de base ({basic}).</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>Indique el total del cálculo de tasas: {total} {currency} (tasas válidas al {valid_as_of}).</translation>
    </message>
    <message>
      <source>The reproduction is in colour: claim the colour (item 8) or file a black-and-white reproduction.</source>
      <translation>La reproducción es en color: reivindique el color (punto 8) o presente una reproducción en blanco y negro.</translation>
    </message>
    <message>
      <source>Say who signed the MM18 declaration, or attach it.</source>
      <translation>Indique quién firmó la declaración MM18, o adjúntela.</translation>
    </message>
    <message>
      <source>The basic mark's date ({date}) is after the international application ({filed}).</source>
      <translation>La fecha de la marca de base ({date}) es posterior a la solicitud internacional ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is not in the basic mark.</source>
      <translation>La clase {class} no figura en la marca de base.</translation>
    </message>
    <message>
      <source>{code} is designated more than once.</source>
      <translation>{code} está designado más de una vez.</translation>
    </message>
    <message>
      <source>Give the number and date of the basic application or registration.</source>
      <translation>Indique el número y la fecha de la solicitud o el registro de base.</translation>
    </message>
    <message>
      <source>“{term}” belongs to class {other}, not class {class}.</source>
      <translation>«{term}» pertenece a la clase {other}, no a la clase {class}.</translation>
    </message>
    <message>
      <source>The earlier filing ({date}) cannot be later than this application ({filed}).</source>
      <translation>La presentación anterior ({date}) no puede ser posterior a esta solicitud ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is listed more than once; list its terms under one entry.</source>
      <translation>La clase {class} figura más de una vez; agrupe sus términos en una sola entrada.</translation>
    </message>
    <message>
      <source>Remove the empty term from class {class}.</source>
      <translation>Quite el término vacío de la clase {class}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}.</source>
      <translation>{sheets} hojas: se adeuda la tasa por hoja por las {extra} hojas que exceden de {free}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount} {currency}).</source>
      <translation>{sheets} hojas: se adeuda la tasa por hoja por las {extra} hojas que exceden de {free} ({amount} {currency}).</translation>
    </message>
    <message>
      <source>The sequence listing must be a WIPO ST.26 XML file, not {name}.</source>
      <translation>La lista de secuencias debe ser un archivo XML ST.26 de la OMPI, no {name}.</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX); they determine the fees.</source>
      <translation>Indique el número de hojas de cada parte (recuadro IX); determina las tasas.</translation>
    </message>
    <message>
      <source>The earlier application ({date}) cannot be later than the international filing date ({filed}).</source>
      <translation>La solicitud anterior ({date}) no puede ser posterior a la fecha de presentación internacional ({filed}).</translation>
    </message>
    <message>
      <source>Say how the fees will be paid.</source>
      <translation>Indique cómo se pagarán las tasas.</translation>
    </message>
    <message>
      <source>The image is {width}×{height} pixels; each side should be {min}-{max} pixels.</source>
      <translation>La imagen mide {width}×{height} píxeles; cada lado debería medir de {min} a {max} píxeles.</translation>
    </message>
    <message>
      <source>A word mark cannot claim colour; choose a figurative or combined mark.</source>
      <translation>Una marca denominativa no puede reivindicar color; elija una marca figurativa o mixta.</translation>
    </message>
    <message>
      <source>{label} is longer than {max} characters.</source>
      <translation>{label} supera los {max} caracteres.</translation>
    </message>
    <message>
      <source>{value} is not a valid choice for {label}.</source>
      <translation>{value} no es una opción válida para {label}.</translation>
    </message>
    <message>
      <source>{label}: files of type {type} are not accepted.</source>
      <translation>{label}: no se aceptan archivos de tipo {type}.</translation>
    </message>
    <message>
      <source>{label}: expected a list.</source>
      <translation>{label}: se esperaba una lista.</translation>
    </message>
    <message>
      <source>At least {min} of {label} needed.</source>
      <translation>Se necesitan al menos {min} en {label}.</translation>
    </message>
    <message>
      <source>At most {max} of {label} allowed.</source>
      <translation>Se admiten como máximo {max} en {label}.</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label}: campo obligatorio.</translation>
    </message>
    <message>
      <source>{label} must be at least {min}.</source>
      <translation>{label} debe ser como mínimo {min}.</translation>
    </message>
    <message>
      <source>{label} must be at most {max}.</source>
      <translation>{label} debe ser como máximo {max}.</translation>
    </message>
    <!-- branch: reliability -->
    <message>
      <source>claimed by the signer</source>
      <translation>declarada por el firmante</translation>
    </message>
    <!-- branch: printouts -->
    <message>
      <source>Applicant(s)</source>
      <translation>Solicitante(s)</translation>
    </message>
    <message>
      <source>Box No. {box}</source>
      <translation>Recuadro n.º {box}</translation>
    </message>
    <message>
      <source>Fees paid</source>
      <translation>Tasas pagadas</translation>
    </message>
    <message>
      <source>Filing date and time</source>
      <translation>Fecha y hora de presentación</translation>
    </message>
    <message>
      <source>Item {item}</source>
      <translation>Punto {item}</translation>
    </message>
    <message>
      <source>Kind of application</source>
      <translation>Tipo de solicitud</translation>
    </message>
    <message>
      <source>Mark</source>
      <translation>Marca</translation>
    </message>
    <message>
      <source>Not filled in.</source>
      <translation>Sin completar.</translation>
    </message>
    <message>
      <source>Not included (not in the fee table): {items}</source>
      <translation>No incluido (no figura en el baremo): {items}</translation>
    </message>
    <message>
      <source>Not signed yet: this summary is not a filing.</source>
      <translation>Aún sin firmar: este resumen no constituye una presentación.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Página {page} de {pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>Tamaño del papel</translation>
    </message>
    <message>
      <source>Receipt for a response</source>
      <translation>Acuse de recibo de una respuesta</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <source>The fees cannot be calculated until the application says what they depend on.</source>
      <translation>Las tasas no pueden calcularse hasta que la solicitud indique los datos de los que dependen.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt could not be verified: do not rely on this printout; ask the office.</source>
      <translation>No se pudo verificar la firma de la oficina en este acuse de recibo: no confíe en este documento; consulte a la oficina.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt was verified with the office's certificate (SHA-256 fingerprint {fingerprint}).</source>
      <translation>La firma de la oficina en este acuse de recibo se verificó con el certificado de la oficina (huella SHA-256 {fingerprint}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Something went wrong and the action was stopped. Your saved work is safe.</source>
      <translation>Algo salió mal y la acción se detuvo. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
      <source>The details are in the log file: {path}</source>
      <translation>Los detalles están en el archivo de registro: {path}</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>(por confirmar)</translation>
    </message>
    <message>
      <source>Fee data out of date</source>
      <translation>Datos de tasas desactualizados</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({days} days old), review by {review}</source>
      <translation>Datos de tasas: {table} leída el {date} (hace {days} días), revisar antes del {review}</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({days} days old); review by {review}</source>
      <translation>Tabla de tasas {version}, vigente desde el {effective}, leída el {date} (hace {days} días); revisar antes del {review}</translation>
    </message>
    <message>
      <source>Not signed: the fee data is out of date.</source>
      <translation>No firmado: los datos de tasas están desactualizados.</translation>
    </message>
    <message>
      <source>Reduction under item 5</source>
      <translation>Reducción según el punto 5</translation>
    </message>
    <message>
      <source>The fee quote rests on {count} figure(s) still to be confirmed: {items}. Check them at the source before paying.</source>
      <translation>El cálculo de tasas se basa en {count} cifra(s) aún por confirmar: {items}. Compruébelas en la fuente antes de pagar.</translation>
    </message>
    <message>
      <source>The fee quote uses {table} {version}, past its review date {review_date} (read {valid_as_of}): check the official fees before paying.</source>
      <translation>El cálculo de tasas usa {table} {version}, cuya fecha de revisión {review_date} ya pasó (leída el {valid_as_of}): compruebe las tasas oficiales antes de pagar.</translation>
    </message>
    <message>
      <source>The fee table {tables} is past its review date: the fees may have changed. Sign anyway?</source>
      <translation>La tabla de tasas {tables} ha superado su fecha de revisión: las tasas pueden haber cambiado. ¿Firmar de todos modos?</translation>
    </message>
    <message>
      <source>Warning: fee table {table} is past its review date {review}: check the official fees before paying.</source>
      <translation>Atención: la tabla de tasas {table} superó su fecha de revisión {review}: compruebe las tasas oficiales antes de pagar.</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({days} days old): check the fees before paying</source>
      <translation>Atención: {table} superó su fecha de revisión {review} (hace {days} días): compruebe las tasas antes de pagar</translation>
    </message>
    <message>
      <source>{days} days old</source>
      <translation>hace {days} días</translation>
    </message>
    <message>
      <source>Fee data {days} days old</source>
      <translation>Datos de tasas: hace {days} días</translation>
    </message>
    <message>
      <source>desktop build</source>
      <translation>versión de escritorio</translation>
    </message>
    <message>
      <source>installed package</source>
      <translation>paquete instalado</translation>
    </message>
    <message>
      <source>shipped with the program</source>
      <translation>incluido con el programa</translation>
    </message>
    <message>
      <source>installed from a data pack</source>
      <translation>instalado desde un paquete de datos</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Versión {version}</translation>
    </message>
    <message>
      <source>About Filing Assistant</source>
      <translation>Acerca del Asistente de presentación</translation>
    </message>
    <message>
      <source>Check for updates</source>
      <translation>Buscar actualizaciones</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <source>Update address:</source>
      <translation>Dirección de actualizaciones:</translation>
    </message>
    <message>
      <source>Enter the address of an update index first.</source>
      <translation>Introduzca primero la dirección de un índice de actualizaciones.</translation>
    </message>
    <message>
      <source>Up to date: no newer program or reference data.</source>
      <translation>Actualizado: no hay programa ni datos de referencia más recientes.</translation>
    </message>
    <message>
      <source>Could not check for updates: {error}</source>
      <translation>No se pudieron buscar actualizaciones: {error}</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation>{days} días</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabla</translation>
    </message>
    <message>
      <source>Valid as of</source>
      <translation>Vigente a</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Origen</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Antigüedad</translation>
    </message>
    <message>
      <source>Schemas and formats</source>
      <translation>Esquemas y formatos</translation>
    </message>
    <message>
      <source>Program {version} is available.</source>
      <translation>La versión {version} del programa está disponible.</translation>
    </message>
    <message>
      <source>Newer reference data: {tables}.</source>
      <translation>Datos de referencia más recientes: {tables}.</translation>
    </message>
    <message>
      <source>{days} days: older than a year, check for an update</source>
      <translation>{days} días: más de un año, busque una actualización</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Componente</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Datos de referencia</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programa</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Same row as row {row}; it is imported once.</source>
      <translation>Misma fila que la fila {row}; se importa una sola vez.</translation>
    </message>
    <message>
      <source>Already imported as draft {draft}.</source>
      <translation>Ya importada como borrador {draft}.</translation>
    </message>
    <message>
      <source>Write yes or no (got {text}).</source>
      <translation>Escriba sí (yes) o no (no) (se leyó: {text}).</translation>
    </message>
    <message>
      <source>Not a whole number (got {text}).</source>
      <translation>No es un número entero (se leyó: {text}).</translation>
    </message>
    <message>
      <source>Give the file's path relative to the sheet's folder.</source>
      <translation>Indique la ruta del archivo relativa a la carpeta de la hoja.</translation>
    </message>
    <message>
      <source>Write each class as 'class: term; term', e.g. '9: software'; got {text}.</source>
      <translation>Escriba cada clase como «clase: término; término», p. ej. «9: software»; se leyó: {text}.</translation>
    </message>
    <message>
      <source>No file {name} in the sheet's folder.</source>
      <translation>No hay ningún archivo {name} en la carpeta de la hoja.</translation>
    </message>
    <message>
      <source>The file {name} is larger than {limit} bytes.</source>
      <translation>El archivo {name} supera los {limit} bytes.</translation>
    </message>
    <message>
      <source>Cannot read the file {name}.</source>
      <translation>No se puede leer el archivo {name}.</translation>
    </message>
    <message>
      <source>{count} value(s) separated by |, but the group has {items} item(s).</source>
      <translation>{count} valor(es) separados por |, pero el grupo tiene {items} elemento(s).</translation>
    </message>
    <message>
      <source>Date as YYYY-MM-DD.</source>
      <translation>Fecha en formato AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>yes or no.</source>
      <translation>yes (sí) o no (no).</translation>
    </message>
    <message>
      <source>A whole number.</source>
      <translation>Un número entero.</translation>
    </message>
    <message>
      <source>Several values separated by ;</source>
      <translation>Varios valores separados por ;</translation>
    </message>
    <message>
      <source>Path of the file, relative to the sheet's folder.</source>
      <translation>Ruta del archivo, relativa a la carpeta de la hoja.</translation>
    </message>
    <message>
      <source>Two-letter country code (ISO 3166), e.g. CH.</source>
      <translation>Código de país de dos letras (ISO 3166), p. ej. CH.</translation>
    </message>
    <message>
      <source>One of: {choices}</source>
      <translation>Uno de: {choices}</translation>
    </message>
    <message>
      <source>Class, colon, terms separated by ;, classes separated by |</source>
      <translation>Clase, dos puntos, términos separados por ;, clases separadas por |</translation>
    </message>
    <message>
      <source>One value per item, separated by |</source>
      <translation>Un valor por elemento, separados por |</translation>
    </message>
    <message>
      <source>Client reference</source>
      <translation>Referencia del cliente</translation>
    </message>
    <message>
      <source>Your client's reference (fee totals).</source>
      <translation>La referencia de su cliente (totales de tasas).</translation>
    </message>
    <message>
      <source>Row id</source>
      <translation>Identificador de fila</translation>
    </message>
    <message>
      <source>Your id for this row: re-importing it never duplicates.</source>
      <translation>Su identificador para esta fila: reimportarla nunca crea duplicados.</translation>
    </message>
    <message>
      <source>The check {code} could not run on this application; it has not been verified.</source>
      <translation>La comprobación {code} no pudo ejecutarse en esta solicitud; este punto no se ha verificado.</translation>
    </message>
    <message>
      <source>Seniority claims (MM17, European Union designated)</source>
      <translation>Reivindicaciones de antigüedad (MM17, Unión Europea designada)</translation>
    </message>
    <message>
      <source>Earlier mark</source>
      <translation>Marca anterior</translation>
    </message>
    <message>
      <source>Applicant (number in item 2)</source>
      <translation>Solicitante (número en el punto 2)</translation>
    </message>
    <message>
      <source>Each applicant must be entitled; give one ground or more for every applicant.</source>
      <translation>Cada solicitante debe tener derecho; indique al menos un motivo para cada solicitante.</translation>
    </message>
    <message>
      <source>Domicile or establishment in the territory of the Office of origin (item 3(b))</source>
      <translation>Domicilio o establecimiento en el territorio de la Oficina de origen (punto 3.b))</translation>
    </message>
    <message>
      <source>Only where the address above is not in the territory of the Contracting Party of the Office of origin.</source>
      <translation>Solo si la dirección anterior no está en el territorio de la Parte Contratante de la Oficina de origen.</translation>
    </message>
    <message>
      <source>Leave empty when the priority covers all the goods and services.</source>
      <translation>Déjelo vacío si la prioridad abarca todos los productos y servicios.</translation>
    </message>
    <message>
      <source>The mark consists exclusively of a colour or a combination of colours as such, without any figurative element</source>
      <translation>La marca consiste exclusivamente en un color o una combinación de colores como tales, sin ningún elemento figurativo</translation>
    </message>
    <message>
      <source>Collective mark, certification mark or guarantee mark</source>
      <translation>Marca colectiva, marca de certificación o marca de garantía</translation>
    </message>
    <message>
      <source>Three-dimensional mark</source>
      <translation>Marca tridimensional</translation>
    </message>
    <message>
      <source>Sound mark</source>
      <translation>Marca sonora</translation>
    </message>
    <message>
      <source>Other type of mark</source>
      <translation>Otro tipo de marca</translation>
    </message>
    <message>
      <source>Describe the mark in the description of the mark.</source>
      <translation>Describa la marca en la descripción de la marca.</translation>
    </message>
    <message>
      <source>The verbal element cannot be translated</source>
      <translation>El elemento verbal no puede traducirse</translation>
    </message>
    <message>
      <source>Second language (European Union designated)</source>
      <translation>Segunda lengua (Unión Europea designada)</translation>
    </message>
    <message>
      <source>A language of the EUIPO other than the language of the international application.</source>
      <translation>Una lengua de la EUIPO distinta de la lengua de la solicitud internacional.</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Alemán</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>Italiano</translation>
    </message>
    <message>
      <source>Member State in or for which the earlier mark is registered</source>
      <translation>Estado miembro en el que o para el que está registrada la marca anterior</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>Número de registro</translation>
    </message>
    <message>
      <source>Date of registration</source>
      <translation>Fecha de registro</translation>
    </message>
    <message>
      <source>Filing date of the earlier mark</source>
      <translation>Fecha de presentación de la marca anterior</translation>
    </message>
    <message>
      <source>Goods and services for which seniority is claimed, if not all</source>
      <translation>Productos y servicios para los que se reivindica la antigüedad, si no son todos</translation>
    </message>
    <message>
      <source>The date of the international application; used for the priority period.</source>
      <translation>La fecha de la solicitud internacional; se usa para el plazo de prioridad.</translation>
    </message>
    <message>
      <source>DAS access code of the priority document</source>
      <translation>Código de acceso DAS del documento de prioridad</translation>
    </message>
    <message>
      <source>Lets the International Bureau retrieve the priority document from the WIPO Digital Access Service (Rule 17.1(b-bis)).</source>
      <translation>Permite a la Oficina Internacional obtener el documento de prioridad del Servicio de Acceso Digital de la OMPI (regla 17.1.b-bis)).</translation>
    </message>
    <message>
      <source>Language of the translation for the international search</source>
      <translation>Idioma de la traducción para la búsqueda internacional</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language (ISO 639-1 code) is furnished.</source>
      <translation>Solo si la ISA no realiza la búsqueda en el idioma de presentación (regla 12.3): se entrega una traducción a este idioma (código ISO 639-1).</translation>
    </message>
    <message>
      <source>{name} is not a {type} file: its content does not match its type.</source>
      <translation>{name} no es un archivo {type}: su contenido no corresponde a su tipo.</translation>
    </message>
    <message>
      <source>Give the mark: a reproduction of it or its verbal element in standard characters.</source>
      <translation>Indique la marca: una reproducción o su elemento verbal en caracteres estándar.</translation>
    </message>
    <message>
      <source>The European Union is designated: give a second language, one of {allowed}.</source>
      <translation>La Unión Europea está designada: indique una segunda lengua entre {allowed}.</translation>
    </message>
    <message>
      <source>Seniority (MM17) can only be claimed when the European Union is designated.</source>
      <translation>La antigüedad (MM17) solo puede reivindicarse si la Unión Europea está designada.</translation>
    </message>
    <message>
      <source>A representative is appointed: give the representative's e-mail address ({label}).</source>
      <translation>Se ha nombrado un mandatario: indique la dirección de correo electrónico del mandatario ({label}).</translation>
    </message>
    <message>
      <source>{email} is also the e-mail of the representative or of another applicant: each applicant gives an own address.</source>
      <translation>{email} es también el correo del mandatario o de otro solicitante: cada solicitante indica su propia dirección.</translation>
    </message>
    <message>
      <source>Applicant {n} ({name}) has no ground of entitlement: give at least one in item 3.</source>
      <translation>El solicitante {n} ({name}) no tiene ningún motivo de legitimación: indique al menos uno en el punto 3.</translation>
    </message>
    <message>
      <source>The address of {name} is in {country}, outside {origin}: give the domicile or establishment in {origin} (item 3(b)).</source>
      <translation>La dirección de {name} está en {country}, fuera de {origin}: indique el domicilio o establecimiento en {origin} (punto 3.b)).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) uses “{words}”: the International Bureau finds such wording vague; list the goods or services precisely.</source>
      <translation>«{term}» (clase {class}) usa «{words}»: la Oficina Internacional considera vaga esa redacción; enumere los productos o servicios con precisión.</translation>
    </message>
    <message>
      <source>Choose the International Searching Authority (box VII).</source>
      <translation>Elija la Administración encargada de la búsqueda internacional (recuadro VII).</translation>
    </message>
    <message>
      <source>ISA/{isa} is not competent for applications filed with RO/{ro}; choose one of {allowed} ({as_of}).</source>
      <translation>La ISA/{isa} no es competente para las solicitudes presentadas ante la RO/{ro}; elija entre {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>RO/{ro} does not accept international applications in {language}; it accepts {allowed} ({as_of}).</source>
      <translation>La RO/{ro} no acepta solicitudes internacionales en {language}; acepta {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>ISA/{isa} does not search in {language}: give the language of the translation for the search, one of {allowed} ({as_of}).</source>
      <translation>La ISA/{isa} no realiza búsquedas en {language}: indique el idioma de la traducción para la búsqueda, entre {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The application refers to drawings ({where}) but none is attached.</source>
      <translation>La solicitud se refiere a dibujos ({where}) pero no se adjunta ninguno.</translation>
    </message>
    <message>
      <source>The file reference {reference} may only contain Latin letters and Arabic numerals, with hyphens between them.</source>
      <translation>La referencia del expediente {reference} solo puede contener letras latinas y cifras arábigas, con guiones entre ellas.</translation>
    </message>
    <message>
      <source>{state} cannot be excluded in box V: only {allowed} can (Rule 4.9(b)); withdraw another designation by a notice under Rule 90bis.2.</source>
      <translation>{state} no puede excluirse en el recuadro V: solo {allowed} pueden (regla 4.9.b)); retire otra designación mediante una declaración conforme a la regla 90bis.2.</translation>
    </message>
    <message>
      <source>RO/{ro} does not restore the right of priority (Rule 26bis.3(j)); file with RO/IB to request restoration ({as_of}).</source>
      <translation>La RO/{ro} no restablece el derecho de prioridad (regla 26bis.3.j)); presente ante la RO/IB para pedir el restablecimiento ({as_of}).</translation>
    </message>
    <message>
      <source>{name}: the image header is damaged (no valid width and height).</source>
      <translation>{name}: el encabezado de la imagen está dañado (anchura y altura no válidas).</translation>
    </message>
    <message>
      <source>{name}: the image data does not match the size its header declares.</source>
      <translation>{name}: los datos de la imagen no corresponden al tamaño declarado en su encabezado.</translation>
    </message>
    <message>
      <source>{name} is incomplete: the file ends before its last part.</source>
      <translation>{name} está incompleto: el archivo termina antes de su última parte.</translation>
    </message>
    <message>
      <source>Attach the signed MM18 declaration; naming its signatory is not enough.</source>
      <translation>Adjunte la declaración MM18 firmada; indicar su firmante no basta.</translation>
    </message>
    <message>
      <source>{state} is not a member State of the European Union.</source>
      <translation>{state} no es un Estado miembro de la Unión Europea.</translation>
    </message>
    <message>
      <source>There is no applicant {n}: the application names {count}.</source>
      <translation>No hay solicitante {n}: la solicitud indica {count}.</translation>
    </message>
    <message>
      <source>The competent International Searching Authorities of RO/{ro} are not in the reference data ({as_of}): check them in the PCT Applicant's Guide, Annex C.</source>
      <translation>Las Administraciones de búsqueda internacional competentes de la RO/{ro} no figuran en los datos de referencia ({as_of}): compruébelas en la Guía del solicitante del PCT, anexo C.</translation>
    </message>
    <message>
      <source>ISA/{isa} does not accept a translation into {given}; it accepts {allowed} ({as_of}).</source>
      <translation>La ISA/{isa} no acepta una traducción al {given}; acepta {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The reference data has no file requirements of {office} for a {type} mark: the representation file cannot be checked; see the office's specifications.</source>
      <translation>Los datos de referencia no contienen los requisitos de {office} para el archivo de una marca de tipo {type}: el archivo de representación no puede comprobarse; consulte las especificaciones de la oficina.</translation>
    </message>
    <message>
      <source>Updates available: {details}</source>
      <translation>Actualizaciones disponibles: {details}</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}, {warnings}</translation>
    </message>
    <message>
      <source>No errors; {warnings}</source>
      <translation>Ningún error; {warnings}</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(no indicado)</translation>
    </message>
    <message>
      <source>This class entry lists no goods or services: add its terms.</source>
      <translation>Esta entrada de clase no enumera productos ni servicios: añada sus términos.</translation>
    </message>
    <message>
      <source>Too short: use at least {n} characters.</source>
      <translation>Demasiado corta: use al menos {n} caracteres.</translation>
    </message>
    <message>
      <source>Strong passphrase.</source>
      <translation>Frase de contraseña robusta.</translation>
    </message>
    <message>
      <source>Fair: a longer passphrase is stronger.</source>
      <translation>Aceptable: una frase de contraseña más larga es más robusta.</translation>
    </message>
    <message>
      <source>Weak: add words, digits or signs.</source>
      <translation>Débil: añada palabras, cifras o signos.</translation>
    </message>
    <message>
      <source>Name of the key holder</source>
      <translation>Nombre del titular de la clave</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Frase de contraseña (confirmación)</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Frase de contraseña (confirmación):</translation>
    </message>
    <message>
      <source>Create key</source>
      <translation>Crear la clave</translation>
    </message>
    <message>
      <source>Type the name of the key holder.</source>
      <translation>Escriba el nombre del titular de la clave.</translation>
    </message>
    <message>
      <source>Type a passphrase for the new key.</source>
      <translation>Escriba una frase de contraseña para la nueva clave.</translation>
    </message>
    <message>
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>Las dos frases de contraseña no coinciden: escriba la misma dos veces.</translation>
    </message>
    <message>
      <source>Bulgarian</source>
      <translation>Búlgaro</translation>
    </message>
    <message>
      <source>Czech</source>
      <translation>Checo</translation>
    </message>
    <message>
      <source>Danish</source>
      <translation>Danés</translation>
    </message>
    <message>
      <source>Greek</source>
      <translation>Griego</translation>
    </message>
    <message>
      <source>Estonian</source>
      <translation>Estonio</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>Finés</translation>
    </message>
    <message>
      <source>Irish</source>
      <translation>Irlandés</translation>
    </message>
    <message>
      <source>Croatian</source>
      <translation>Croata</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Húngaro</translation>
    </message>
    <message>
      <source>Lithuanian</source>
      <translation>Lituano</translation>
    </message>
    <message>
      <source>Latvian</source>
      <translation>Letón</translation>
    </message>
    <message>
      <source>Maltese</source>
      <translation>Maltés</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Neerlandés</translation>
    </message>
    <message>
      <source>Polish</source>
      <translation>Polaco</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>Portugués</translation>
    </message>
    <message>
      <source>Romanian</source>
      <translation>Rumano</translation>
    </message>
    <message>
      <source>Slovak</source>
      <translation>Eslovaco</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Esloveno</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>Sueco</translation>
    </message>
    <message>
      <source>Choose one ground or more in the lists below: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>Elija uno o más motivos en las listas siguientes: nacionalidad, domicilio, o establecimiento industrial o comercial efectivo y real en la Parte Contratante de la Oficina de origen.</translation>
    </message>
    <message>
      <source>The language of the application: an official language of the European Union for the EUIPO, English for the USPTO.</source>
      <translation>El idioma de la solicitud: una lengua oficial de la Unión Europea para la EUIPO, el inglés para la USPTO.</translation>
    </message>
    <message>
      <source>Give the number of the basic application or registration.</source>
      <translation>Indique el número de la solicitud o del registro de base.</translation>
    </message>
    <message>
      <source>Give the date of the basic application or registration.</source>
      <translation>Indique la fecha de la solicitud o del registro de base.</translation>
    </message>
    <message>
      <source>No term list is installed: terms are added as typed, without checking them against the Nice Classification.</source>
      <translation>No hay ninguna lista de términos instalada: los términos se añaden tal como se escriben, sin comprobarlos con la Clasificación de Niza.</translation>
    </message>
    <message>
      <source>Install a term list…</source>
      <translation>Instalar una lista de términos…</translation>
    </message>
    <message>
      <source>Or from a terminal: filingassist refdata import-nice FILE.csv</source>
      <translation>O desde un terminal: filingassist refdata import-nice FILE.csv</translation>
    </message>
    <message>
      <source>Type a term and press Enter to add it (not checked: no term list)</source>
      <translation>Escriba un término y pulse Intro para añadirlo (sin comprobar: no hay lista de términos)</translation>
    </message>
    <message>
      <source>Choose the Nice term list (CSV)</source>
      <translation>Elegir la lista de términos de Niza (CSV)</translation>
    </message>
    <message>
      <source>Nice term lists (*.csv)</source>
      <translation>Listas de términos de Niza (*.csv)</translation>
    </message>
    <message>
      <source>Installing the term list…</source>
      <translation>Instalando la lista de términos…</translation>
    </message>
    <message>
      <source>Could not install the term list.</source>
      <translation>No se pudo instalar la lista de términos.</translation>
    </message>
    <message>
      <source>Fee table read {date}</source>
      <translation>Tabla de tasas consultada el {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n advertencia</numerusform>
        <numerusform>%n advertencias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n package(s) waiting to be sent or receipted</source>
      <translation>
        <numerusform>%n paquete pendiente de envío o de acuse de recibo</numerusform>
        <numerusform>%n paquetes pendientes de envío o de acuse de recibo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>vencido hace %n día</numerusform>
        <numerusform>vencido hace %n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n página</numerusform>
        <numerusform>%n páginas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sequence(s)</source>
      <translation>
        <numerusform>%n secuencia</numerusform>
        <numerusform>%n secuencias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Term list installed: %n term(s).</source>
      <translation>
        <numerusform>Lista de términos instalada: %n término.</numerusform>
        <numerusform>Lista de términos instalada: %n términos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fee data %n day(s) old</source>
      <translation>
        <numerusform>Datos de tasas: hace %n día</numerusform>
        <numerusform>Datos de tasas: hace %n días</numerusform>
      </translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete drafts</source>
      <translation>Eliminar borradores</translation>
    </message>
    <message>
      <source>Delete {n} draft(s) for good?</source>
      <translation>¿Eliminar definitivamente {n} borrador(es)?</translation>
    </message>
    <message>
      <source>Their revisions, attachments and packages not yet sent are erased from this computer. You can undo for a few seconds.</source>
      <translation>Sus revisiones, adjuntos y paquetes aún no enviados se borran de este equipo. Puede deshacerlo durante unos segundos.</translation>
    </message>
    <message>
      <source>{n} draft(s) deleted.</source>
      <translation>{n} borrador(es) eliminado(s).</translation>
    </message>
    <message>
      <source>Draft “{title}” deleted.</source>
      <translation>Borrador «{title}» eliminado.</translation>
    </message>
    <message>
      <source>The country or organisation where you want protection for your mark. At this counter it is usually this office.</source>
      <translation>El país u organización donde desea proteger su marca. En esta ventanilla suele ser esta oficina.</translation>
    </message>
    <message>
      <source>The language the application is written in, as a two-letter code (en for English, fr for French, ar for Arabic).</source>
      <translation>El idioma en que está redactada la solicitud, con un código de dos letras (en inglés, fr francés, es español).</translation>
    </message>
    <message>
      <source>Your own reference for this application, if you have one. You may leave it empty.</source>
      <translation>Su propia referencia para esta solicitud, si la tiene. Puede dejarla vacía.</translation>
    </message>
    <message>
      <source>The day you file. Usually today; the office gives the official date.</source>
      <translation>El día en que presenta la solicitud. Normalmente hoy; la oficina fija la fecha oficial.</translation>
    </message>
    <message>
      <source>Only some offices ask why you file (for example, the mark is already in use). Leave it empty if the staff says so.</source>
      <translation>Solo algunas oficinas preguntan la base de la solicitud (por ejemplo, la marca ya se usa). Déjelo vacío si el personal se lo indica.</translation>
    </message>
    <message>
      <source>The full name of the person or company that will own the mark, as on an identity document or company register.</source>
      <translation>El nombre completo de la persona o empresa que será titular de la marca, como en el documento de identidad o el registro mercantil.</translation>
    </message>
    <message>
      <source>The full postal address where letters from the office can reach the owner.</source>
      <translation>La dirección postal completa donde las cartas de la oficina lleguen al titular.</translation>
    </message>
    <message>
      <source>The country of that address.</source>
      <translation>El país de esa dirección.</translation>
    </message>
    <message>
      <source>An e-mail address where the office can write to the owner. You may leave it empty.</source>
      <translation>Un correo electrónico donde la oficina pueda escribir al titular. Puede dejarlo vacío.</translation>
    </message>
    <message>
      <source>Choose “natural person” for a human being, “legal entity” for a company, association or other organisation.</source>
      <translation>Elija «persona física» para un ser humano y «persona jurídica» para una empresa, asociación u otra organización.</translation>
    </message>
    <message>
      <source>For a person: the country of which they are a citizen.</source>
      <translation>Para una persona: el país del que es ciudadana.</translation>
    </message>
    <message>
      <source>For a company: its legal form, for example “limited company” or “association”.</source>
      <translation>Para una empresa: su forma jurídica, por ejemplo «sociedad limitada» o «asociación».</translation>
    </message>
    <message>
      <source>For a company: the country under whose law it was set up.</source>
      <translation>Para una empresa: el país según cuya ley se constituyó.</translation>
    </message>
    <message>
      <source>Only if a lawyer or agent acts for the owner: their name. Otherwise leave this page empty.</source>
      <translation>Solo si un abogado o agente actúa por el titular: su nombre. Si no, deje esta página vacía.</translation>
    </message>
    <message>
      <source>The representative's postal address.</source>
      <translation>La dirección postal del representante.</translation>
    </message>
    <message>
      <source>The country of the representative's address.</source>
      <translation>El país de la dirección del representante.</translation>
    </message>
    <message>
      <source>The representative's e-mail address.</source>
      <translation>El correo electrónico del representante.</translation>
    </message>
    <message>
      <source>What the mark is made of: only words (word mark), a picture or logo (figurative), words and picture together (combined), or something else.</source>
      <translation>De qué se compone la marca: solo palabras (denominativa), una imagen o logotipo (figurativa), palabras e imagen juntas (mixta) u otra cosa.</translation>
    </message>
    <message>
      <source>The words of the mark, letter by letter, exactly as you want them protected.</source>
      <translation>Las palabras de la marca, letra por letra, exactamente como quiere protegerlas.</translation>
    </message>
    <message>
      <source>Tick this if only the words matter, written in any ordinary letters, with no special font or colour.</source>
      <translation>Marque esto si solo importan las palabras, en letras corrientes, sin tipo de letra ni color especial.</translation>
    </message>
    <message>
      <source>A clear picture of the mark (for a logo). The staff can scan or attach it for you.</source>
      <translation>Una imagen clara de la marca (para un logotipo). El personal puede escanearla o adjuntarla por usted.</translation>
    </message>
    <message>
      <source>Tick this if the colours are part of what you want protected.</source>
      <translation>Marque esto si los colores forman parte de lo que quiere proteger.</translation>
    </message>
    <message>
      <source>Name each colour and where it appears, for example “red: the letters; white: the background”.</source>
      <translation>Nombre cada color y dónde aparece, por ejemplo «rojo: las letras; blanco: el fondo».</translation>
    </message>
    <message>
      <source>A few words describing the mark, if the picture alone does not make it clear.</source>
      <translation>Unas palabras que describan la marca, si la imagen sola no basta.</translation>
    </message>
    <message>
      <source>Words in the mark that you do not claim for yourself alone (for example a common word like “shop”). Usually empty.</source>
      <translation>Palabras de la marca que no reclama solo para usted (por ejemplo una palabra común como «tienda»). Normalmente vacío.</translation>
    </message>
    <message>
      <source>If the mark uses another alphabet: how it is written in Latin letters.</source>
      <translation>Si la marca usa otro alfabeto: cómo se escribe en letras latinas.</translation>
    </message>
    <message>
      <source>If the words of the mark mean something: their meaning in the language of the application.</source>
      <translation>Si las palabras de la marca significan algo: su significado en el idioma de la solicitud.</translation>
    </message>
    <message>
      <source>The number (1 to 45) of the group of goods or services. The staff can help you find it.</source>
      <translation>El número (1 a 45) de la clase de productos o servicios. El personal puede ayudarle a encontrarlo.</translation>
    </message>
    <message>
      <source>What you sell or do under the mark, one item per line, for example “coffee” or “hairdressing”.</source>
      <translation>Lo que vende o hace con la marca, un elemento por línea, por ejemplo «café» o «peluquería».</translation>
    </message>
    <message>
      <source>Only if you filed the same mark elsewhere in the last six months: the office where you did.</source>
      <translation>Solo si presentó la misma marca en otro lugar en los últimos seis meses: la oficina donde lo hizo.</translation>
    </message>
    <message>
      <source>The number that office gave that earlier filing.</source>
      <translation>El número que esa oficina dio a la solicitud anterior.</translation>
    </message>
    <message>
      <source>The date of that earlier filing.</source>
      <translation>La fecha de esa solicitud anterior.</translation>
    </message>
    <message>
      <source>Your full name, as you will sign.</source>
      <translation>Su nombre completo, tal como firmará.</translation>
    </message>
    <message>
      <source>Whether you sign as the owner yourself or as their representative.</source>
      <translation>Si firma como el propio titular o como su representante.</translation>
    </message>
    <message>
      <source>Your signature is your name typed between two slashes, for example /Amina Diallo/.</source>
      <translation>Su firma es su nombre escrito entre dos barras, por ejemplo /Amina Diallo/.</translation>
    </message>
    <message>
      <source>The day you sign: today.</source>
      <translation>El día en que firma: hoy.</translation>
    </message>
    <message>
      <source>How the fee will be paid. At this counter the staff tells you which methods are accepted.</source>
      <translation>Cómo se pagará la tasa. En esta ventanilla el personal le indica los medios aceptados.</translation>
    </message>
    <message>
      <source>Only for payment from a deposit account held at the office: its number.</source>
      <translation>Solo para pagos desde una cuenta corriente en la oficina: su número.</translation>
    </message>
    <message>
      <source>The reference of your payment (a receipt or transfer number), if you already paid.</source>
      <translation>La referencia de su pago (número de recibo o de transferencia), si ya pagó.</translation>
    </message>
    <message>
      <source>The name of the person who pays, if not the owner.</source>
      <translation>El nombre de quien paga, si no es el titular.</translation>
    </message>
    <message>
      <source>The total you pay, as shown under “Fees”.</source>
      <translation>El total que paga, como aparece en «Tasas».</translation>
    </message>
    <message>
      <source>Protect a name, logo or sign in this country.</source>
      <translation>Proteja un nombre, logotipo o signo en este país.</translation>
    </message>
    <message>
      <source>Protect your trademark in other countries at once.</source>
      <translation>Proteja su marca en otros países a la vez.</translation>
    </message>
    <message>
      <source>Protect an invention (international patent request).</source>
      <translation>Proteja una invención (petitorio internacional de patente).</translation>
    </message>
    <message>
      <source>Your signature: {signature}</source>
      <translation>Su firma: {signature}</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Bienvenido</translation>
    </message>
    <message>
      <source>Choose your language:</source>
      <translation>Elija su idioma:</translation>
    </message>
    <message>
      <source>What do you want to file?</source>
      <translation>¿Qué desea presentar?</translation>
    </message>
    <message>
      <source>Check your application</source>
      <translation>Revise su solicitud</translation>
    </message>
    <message>
      <source>Read it with the staff. Go back to change anything before you sign.</source>
      <translation>Léala con el personal. Vuelva atrás para cambiar algo antes de firmar.</translation>
    </message>
    <message>
      <source>Sign your application</source>
      <translation>Firme su solicitud</translation>
    </message>
    <message>
      <source>Type your full name. Your signature is your name between two slashes. The staff then signs the filing for the office; you need no key.</source>
      <translation>Escriba su nombre completo. Su firma es su nombre entre dos barras. Después el personal firma la presentación para la oficina; usted no necesita ninguna clave.</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Su nombre completo</translation>
    </message>
    <message>
      <source>I have checked the application and it is correct.</source>
      <translation>He revisado la solicitud y es correcta.</translation>
    </message>
    <message>
      <source>Your application is signed</source>
      <translation>Su solicitud está firmada</translation>
    </message>
    <message>
      <source>The staff now sends it to the office and prints a summary for you, with the fee to pay and the number of your filing.</source>
      <translation>El personal la envía ahora a la oficina e imprime un resumen para usted, con la tasa que debe pagar y el número de su presentación.</translation>
    </message>
    <message>
      <source>Package id: {id}</source>
      <translation>Identificador del paquete: {id}</translation>
    </message>
    <message>
      <source>In {language}</source>
      <translation>En {language}</translation>
    </message>
    <message>
      <source>Keep this paper. Show it when you pay and when you ask about your application.</source>
      <translation>Conserve este papel. Muéstrelo al pagar y cuando pregunte por su solicitud.</translation>
    </message>
    <message>
      <source>The fee cannot be worked out yet: the staff will tell you what to pay.</source>
      <translation>Aún no se puede calcular la tasa: el personal le dirá cuánto pagar.</translation>
    </message>
    <message>
      <source>You have to pay {amount} in total.</source>
      <translation>Debe pagar {amount} en total.</translation>
    </message>
    <message>
      <source>this office</source>
      <translation>esta oficina</translation>
    </message>
    <message>
      <source>You have to pay at least {amount}; the staff will tell you the rest.</source>
      <translation>Debe pagar al menos {amount}; el personal le dirá el resto.</translation>
    </message>
    <message>
      <source>How to pay at this office</source>
      <translation>Cómo pagar en esta oficina</translation>
    </message>
    <message>
      <source>Fees and how to pay</source>
      <translation>Tasas y forma de pago</translation>
    </message>
    <message>
      <source>Your filing at {office}</source>
      <translation>Su presentación en {office}</translation>
    </message>
    <message>
      <source>Package id</source>
      <translation>Identificador del paquete</translation>
    </message>
    <message>
      <source>Start shift</source>
      <translation>Iniciar turno</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Su nombre</translation>
    </message>
    <message>
      <source>Counter key</source>
      <translation>Clave de la ventanilla</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>This counter has no signing key. Ask the administrator to create one.</source>
      <translation>Esta ventanilla no tiene clave de firma. Pida al administrador que cree una.</translation>
    </message>
    <message>
      <source>Give your name and choose the counter's key.</source>
      <translation>Indique su nombre y elija la clave de la ventanilla.</translation>
    </message>
    <message>
      <source>Filing Assistant — office counter</source>
      <translation>Asistente de presentación — ventanilla de la oficina</translation>
    </message>
    <message>
      <source>Office counter</source>
      <translation>Ventanilla de la oficina</translation>
    </message>
    <message>
      <source>No shift started</source>
      <translation>Ningún turno iniciado</translation>
    </message>
    <message>
      <source>Start shift…</source>
      <translation>Iniciar turno…</translation>
    </message>
    <message>
      <source>Sign for the office</source>
      <translation>Firmar para la oficina</translation>
    </message>
    <message>
      <source>Finish and hand over</source>
      <translation>Terminar y entregar</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Terminar la sesión</translation>
    </message>
    <message>
      <source>End shift</source>
      <translation>Terminar turno</translation>
    </message>
    <message>
      <source>A previous session could not be handed over</source>
      <translation>No se pudo entregar una sesión anterior</translation>
    </message>
    <message>
      <source>The application could not be signed</source>
      <translation>No se pudo firmar la solicitud</translation>
    </message>
    <message>
      <source>Thank you. Your application is on its way to the office.</source>
      <translation>Gracias. Su solicitud va camino de la oficina.</translation>
    </message>
    <message>
      <source>The application could not be queued</source>
      <translation>No se pudo poner la solicitud en cola</translation>
    </message>
    <message>
      <source>Erase this filer's application from the counter now?</source>
      <translation>¿Borrar ahora de la ventanilla la solicitud de esta persona?</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>The previous session was closed after a long pause.</source>
      <translation>La sesión anterior se cerró tras una larga pausa.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <source>Are you still there?</source>
      <translation>¿Sigue ahí?</translation>
    </message>
    <message>
      <source>I am still here</source>
      <translation>Sigo aquí</translation>
    </message>
    <message>
      <source>Continue anyway</source>
      <translation>Continuar de todos modos</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>Staff: {name}</source>
      <translation>Personal: {name}</translation>
    </message>
    <message>
      <source>The summary could not be printed</source>
      <translation>No se pudo imprimir el resumen</translation>
    </message>
    <message>
      <source>This application will be erased in {n} seconds unless you touch the screen or press a key.</source>
      <translation>Esta solicitud se borrará en {n} segundos si no toca la pantalla o pulsa una tecla.</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Paso {n} de {total}</translation>
    </message>
    <message>
      <source>Not signed: {reason}</source>
      <translation>Sin firmar: {reason}</translation>
    </message>
    <message>
      <source>The language of the application: English, French or Spanish, as this office allows.</source>
      <translation>El idioma de la solicitud: inglés, francés o español, según lo que admita esta oficina.</translation>
    </message>
    <message>
      <source>The office that holds your mark at home (the office that will send this application to WIPO).</source>
      <translation>La oficina donde está su marca en su país (la que enviará esta solicitud a la OMPI).</translation>
    </message>
    <message>
      <source>Only if letters should go to another address than the one above.</source>
      <translation>Solo si las cartas deben ir a otra dirección distinta de la anterior.</translation>
    </message>
    <message>
      <source>WIPO writes by e-mail: give an address the owner reads.</source>
      <translation>La OMPI escribe por correo electrónico: indique una dirección que el titular lea.</translation>
    </message>
    <message>
      <source>A telephone number with the country code, for example +20 2 1234 5678.</source>
      <translation>Un número de teléfono con el prefijo del país, por ejemplo +34 912 345 678.</translation>
    </message>
    <message>
      <source>The language in which WIPO should write to the owner.</source>
      <translation>El idioma en que la OMPI debe escribir al titular.</translation>
    </message>
    <message>
      <source>Why the owner may use this system: nationality, home address, or a real business in the country of the office of origin.</source>
      <translation>Por qué el titular puede usar este sistema: nacionalidad, domicilio o un establecimiento real en el país de la oficina de origen.</translation>
    </message>
    <message>
      <source>The country that gives that right.</source>
      <translation>El país que da ese derecho.</translation>
    </message>
    <message>
      <source>The representative's telephone number, with the country code.</source>
      <translation>El teléfono del representante, con el prefijo del país.</translation>
    </message>
    <message>
      <source>Whether your mark at home is still an application or already registered.</source>
      <translation>Si su marca en su país es todavía una solicitud o ya está registrada.</translation>
    </message>
    <message>
      <source>Its number, as on the papers from your office.</source>
      <translation>Su número, como en los documentos de su oficina.</translation>
    </message>
    <message>
      <source>Its date, as on the same papers.</source>
      <translation>Su fecha, como en esos documentos.</translation>
    </message>
    <message>
      <source>Filled in by the program when the staff reads your mark's record; nothing to type.</source>
      <translation>Lo rellena el programa cuando el personal lee el registro de su marca; no hay que escribir nada.</translation>
    </message>
    <message>
      <source>Only if the earlier filing covered some of the goods and services: which ones.</source>
      <translation>Solo si la solicitud anterior cubría parte de los productos y servicios: cuáles.</translation>
    </message>
    <message>
      <source>A picture of the mark exactly as in your mark at home.</source>
      <translation>Una imagen de la marca exactamente como en su marca nacional.</translation>
    </message>
    <message>
      <source>Tick this if the picture of the mark is in colour.</source>
      <translation>Marque esto si la imagen de la marca es en color.</translation>
    </message>
    <message>
      <source>Name the colours, for example “red and white”.</source>
      <translation>Nombre los colores, por ejemplo «rojo y blanco».</translation>
    </message>
    <message>
      <source>Where each colour appears in the mark, for example “red: the letters”.</source>
      <translation>Dónde aparece cada color en la marca, por ejemplo «rojo: las letras».</translation>
    </message>
    <message>
      <source>Only for special marks (for example a sound, a shape, a collective mark). Usually empty.</source>
      <translation>Solo para marcas especiales (por ejemplo un sonido, una forma, una marca colectiva). Normalmente vacío.</translation>
    </message>
    <message>
      <source>Only if you want fewer goods or services in one country: that country.</source>
      <translation>Solo si quiere menos productos o servicios en un país: ese país.</translation>
    </message>
    <message>
      <source>The class whose list is shorter in that country.</source>
      <translation>La clase cuya lista es más corta en ese país.</translation>
    </message>
    <message>
      <source>The goods or services you keep in that country, one per line.</source>
      <translation>Los productos o servicios que mantiene en ese país, uno por línea.</translation>
    </message>
    <message>
      <source>The countries where you want protection. The staff's list shows only those you can choose.</source>
      <translation>Los países donde quiere protección. La lista solo muestra los que puede elegir.</translation>
    </message>
    <message>
      <source>Only if the United States is chosen: tick this when the signed intention-to-use form is attached.</source>
      <translation>Solo si eligió Estados Unidos: marque esto cuando adjunte el formulario firmado de intención de uso.</translation>
    </message>
    <message>
      <source>Who signed that form.</source>
      <translation>Quién firmó ese formulario.</translation>
    </message>
    <message>
      <source>The signed form, scanned. The staff can attach it for you.</source>
      <translation>El formulario firmado, escaneado. El personal puede adjuntarlo por usted.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the day this office received your request.</source>
      <translation>Lo rellena el personal de la oficina: el día en que esta oficina recibió su petición.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the official who certifies the application.</source>
      <translation>Lo rellena el personal de la oficina: el funcionario que certifica la solicitud.</translation>
    </message>
    <message>
      <source>Only for payment from a WIPO current account: its number.</source>
      <translation>Solo para pagos desde una cuenta corriente en la OMPI: su número.</translation>
    </message>
    <message>
      <source>The total in Swiss francs, as shown under “Fees”.</source>
      <translation>El total en francos suizos, como aparece en «Tasas».</translation>
    </message>
    <message>
      <source>International (PCT), to seek protection in many countries later, or national, in one country.</source>
      <translation>Internacional (PCT), para pedir protección en muchos países más adelante, o nacional, en un solo país.</translation>
    </message>
    <message>
      <source>The office that receives the application: usually the office of the country where you live or are a citizen.</source>
      <translation>La oficina que recibe la solicitud: normalmente la del país donde vive o del que es nacional.</translation>
    </message>
    <message>
      <source>Your own reference, at most 12 characters. You may leave it empty.</source>
      <translation>Su propia referencia, 12 caracteres como máximo. Puede dejarla vacía.</translation>
    </message>
    <message>
      <source>A short, clear name for the invention, without brand names, for example “Solar water pump”.</source>
      <translation>Un nombre corto y claro de la invención, sin marcas, por ejemplo «Bomba de agua solar».</translation>
    </message>
    <message>
      <source>The full name of the person or company applying for the patent.</source>
      <translation>El nombre completo de la persona o empresa que solicita la patente.</translation>
    </message>
    <message>
      <source>The country where the applicant lives or has its business.</source>
      <translation>El país donde vive el solicitante o tiene su empresa.</translation>
    </message>
    <message>
      <source>Tick this for a human being; leave it empty for a company.</source>
      <translation>Marque esto para una persona; déjelo vacío para una empresa.</translation>
    </message>
    <message>
      <source>Tick this if this applicant also made the invention.</source>
      <translation>Marque esto si este solicitante también hizo la invención.</translation>
    </message>
    <message>
      <source>For which countries this person applies. Usually all.</source>
      <translation>Para qué países solicita esta persona. Normalmente todos.</translation>
    </message>
    <message>
      <source>The name of each person who made the invention, if not already an applicant.</source>
      <translation>El nombre de cada persona que hizo la invención, si no es ya solicitante.</translation>
    </message>
    <message>
      <source>The inventor's postal address.</source>
      <translation>La dirección postal del inventor.</translation>
    </message>
    <message>
      <source>The country of the inventor's address.</source>
      <translation>El país de la dirección del inventor.</translation>
    </message>
    <message>
      <source>Only if someone acts for the applicant: whether they are a registered agent or a common representative.</source>
      <translation>Solo si alguien actúa por el solicitante: si es mandatario registrado o representante común.</translation>
    </message>
    <message>
      <source>The agent's number at this office, if they have one.</source>
      <translation>El número del mandatario en esta oficina, si lo tiene.</translation>
    </message>
    <message>
      <source>Normally ticked: the application then covers every PCT country.</source>
      <translation>Normalmente marcado: la solicitud abarca entonces todos los países del PCT.</translation>
    </message>
    <message>
      <source>Countries you do not want, one per line. Usually empty.</source>
      <translation>Los países que no quiere, uno por línea. Normalmente vacío.</translation>
    </message>
    <message>
      <source>Only for a national application: the office of the country.</source>
      <translation>Solo para una solicitud nacional: la oficina del país.</translation>
    </message>
    <message>
      <source>Only if you filed the same invention elsewhere in the last twelve months: the office where you did.</source>
      <translation>Solo si presentó la misma invención en otro lugar en los últimos doce meses: la oficina donde lo hizo.</translation>
    </message>
    <message>
      <source>Whether that earlier filing was national, regional or international.</source>
      <translation>Si esa solicitud anterior fue nacional, regional o internacional.</translation>
    </message>
    <message>
      <source>The office that searches for earlier similar inventions. The staff tells you which ones this office accepts.</source>
      <translation>La oficina que busca invenciones anteriores parecidas. El personal le dice cuáles acepta esta oficina.</translation>
    </message>
    <message>
      <source>Legal statements some countries ask for. Leave them empty unless the staff says otherwise.</source>
      <translation>Declaraciones jurídicas que piden algunos países. Déjelas vacías salvo que el personal diga otra cosa.</translation>
    </message>
    <message>
      <source>How many pages each part has. The staff counts them with you.</source>
      <translation>Cuántas páginas tiene cada parte. El personal las cuenta con usted.</translation>
    </message>
    <message>
      <source>Only if an agent acts for you: the signed authorisation, scanned.</source>
      <translation>Solo si un mandatario actúa por usted: el poder firmado, escaneado.</translation>
    </message>
    <message>
      <source>The number of the drawing that best shows the invention.</source>
      <translation>El número del dibujo que mejor muestra la invención.</translation>
    </message>
    <message>
      <source>In one sentence: the area of technology, for example “water pumps”.</source>
      <translation>En una frase: el campo técnico, por ejemplo «bombas de agua».</translation>
    </message>
    <message>
      <source>What exists already and what problem remains.</source>
      <translation>Lo que ya existe y qué problema queda.</translation>
    </message>
    <message>
      <source>How the invention works, in enough detail for an expert to make it.</source>
      <translation>Cómo funciona la invención, con detalle suficiente para que un experto la realice.</translation>
    </message>
    <message>
      <source>One line per drawing: what it shows.</source>
      <translation>Una línea por dibujo: qué muestra.</translation>
    </message>
    <message>
      <source>Claims are numbered 1, 2, 3…</source>
      <translation>Las reivindicaciones se numeran 1, 2, 3…</translation>
    </message>
    <message>
      <source>What exactly you want protected, in one sentence per claim.</source>
      <translation>Qué quiere proteger exactamente, en una frase por reivindicación.</translation>
    </message>
    <message>
      <source>A short summary of the invention, about 50 to 150 words.</source>
      <translation>Un resumen breve de la invención, de unas 50 a 150 palabras.</translation>
    </message>
    <message>
      <source>A drawing of the invention. The staff can scan it for you.</source>
      <translation>Un dibujo de la invención. El personal puede escanearlo por usted.</translation>
    </message>
    <message>
      <source>Its label, for example “Fig. 1”.</source>
      <translation>Su rótulo, por ejemplo «Fig. 1».</translation>
    </message>
    <message>
      <source>Only for inventions involving DNA or proteins: the sequence file. Usually empty.</source>
      <translation>Solo para invenciones con ADN o proteínas: el archivo de secuencias. Normalmente vacío.</translation>
    </message>
    <message>
      <source>Patent classification codes if you know them. You may leave it empty.</source>
      <translation>Los códigos de clasificación de patentes si los conoce. Puede dejarlo vacío.</translation>
    </message>
    <message>
      <source>The staff chooses this: filing electronically lowers the fee.</source>
      <translation>Lo elige el personal: presentar por vía electrónica reduce la tasa.</translation>
    </message>
    <message>
      <source>{n} required answers not shown yet: they appear when you leave their section or press Check.</source>
      <translation>{n} respuestas obligatorias aún no se muestran: aparecen al salir de su sección o al pulsar Comprobar.</translation>
    </message>
    <!-- lead: counter help for the MM2 v2 and PCT fields added by the examiner branch -->
    <message>
      <source>Only if you chose the European Union: a second language of the EU trademark office, different from the language of this application.</source>
      <translation>Solo si eligió la Unión Europea: una segunda lengua de la oficina de marcas de la UE, distinta de la lengua de esta solicitud.</translation>
    </message>
    <message>
      <source>Only if the owner's address above is in another country: the address of the owner's home or business in this office's country.</source>
      <translation>Solo si la dirección del titular indicada arriba está en otro país: la dirección de su domicilio o establecimiento en el país de esta oficina.</translation>
    </message>
    <message>
      <source>Which owner this is about: 1 for the first owner listed, 2 for the second, and so on.</source>
      <translation>El titular de que se trata: 1 para el primer titular indicado, 2 para el segundo, etc.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a colour or a combination of colours alone, with no words or drawing.</source>
      <translation>Marque solo si la marca es un color o una combinación de colores por sí sola, sin palabras ni dibujo.</translation>
    </message>
    <message>
      <source>Only for a mark of an association (collective) or one that certifies quality (certification or guarantee). Usually empty.</source>
      <translation>Solo para la marca de una asociación (colectiva) o una que certifica una calidad (de certificación o de garantía). Normalmente vacío.</translation>
    </message>
    <message>
      <source>Tick if the words of the mark have no meaning that could be translated, for example an invented word.</source>
      <translation>Marque si las palabras de la marca no tienen un significado traducible, por ejemplo una palabra inventada.</translation>
    </message>
    <message>
      <source>Only for an unusual mark such as a hologram, a motion or a position mark; describe it in the description of the mark.</source>
      <translation>Solo para una marca poco habitual como un holograma, un movimiento o una posición; descríbala en la descripción de la marca.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a sound, such as a tune or a jingle.</source>
      <translation>Marque solo si la marca es un sonido, como una melodía o una sintonía.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a shape, such as a bottle or a package.</source>
      <translation>Marque solo si la marca es una forma, como una botella o un envase.</translation>
    </message>
    <message>
      <source>The date the earlier mark was registered, as on its registration certificate.</source>
      <translation>La fecha de registro de la marca anterior, tal como figura en su certificado.</translation>
    </message>
    <message>
      <source>The date the earlier mark was applied for, as on its registration certificate.</source>
      <translation>La fecha de presentación de la marca anterior, tal como figura en su certificado.</translation>
    </message>
    <message>
      <source>The registration number of the earlier mark, copied from its certificate.</source>
      <translation>El número de registro de la marca anterior, copiado de su certificado.</translation>
    </message>
    <message>
      <source>Only if the earlier mark covers just some of the goods and services of this application: list those.</source>
      <translation>Solo si la marca anterior cubre solo algunos de los productos y servicios de esta solicitud: indíquelos.</translation>
    </message>
    <message>
      <source>The European Union country where the earlier mark is registered.</source>
      <translation>El país de la Unión Europea donde está registrada la marca anterior.</translation>
    </message>
    <message>
      <source>If the earlier application is in WIPO's digital library (DAS), its access code, so the document need not be sent on paper.</source>
      <translation>Si la solicitud anterior está en la biblioteca digital de la OMPI (DAS), su código de acceso, para no enviar el documento en papel.</translation>
    </message>
    <message>
      <source>Only if the searching office does not work in the language of your application: the language you will translate it into.</source>
      <translation>Solo si la oficina de búsqueda no trabaja en la lengua de su solicitud: la lengua a la que la traducirá.</translation>
    </message>
    <message>
      <source>Goes to:</source>
      <translation>Destino:</translation>
    </message>
    <message>
      <source>Already in the outbox or filed</source>
      <translation>Ya en la bandeja de salida o presentado</translation>
    </message>
    <message>
      <source>No office is set up: the signed package stays here. Add the office in Settings, then put it in the outbox from the draft.</source>
      <translation>No hay ninguna oficina configurada: el paquete firmado se queda aquí. Añada la oficina en Configuración y luego póngalo en la bandeja de salida desde el borrador.</translation>
    </message>
    <message>
      <source>This revision was already signed as package {package}, which is in the outbox or filed. Signing it again gives a second application, with its own number and fees. Sign and file it again?</source>
      <translation>Esta revisión ya se firmó como el paquete {package}, que está en la bandeja de salida o presentado. Firmarla de nuevo da lugar a una segunda solicitud, con su propio número y sus propias tasas. ¿Firmarla y presentarla de nuevo?</translation>
    </message>
    <message>
      <source>Not signed: this revision is already filed or queued.</source>
      <translation>No firmado: esta revisión ya está presentada o en cola.</translation>
    </message>
    <message>
      <source>The response goes to the office that sent the notice ({office}).</source>
      <translation>La respuesta se envía a la oficina que emitió la notificación ({office}).</translation>
    </message>
    <message>
      <source>Sent to this office when it is reachable; it files it for {code}.</source>
      <translation>Se envía a esta oficina cuando esté accesible; la presenta para {code}.</translation>
    </message>
    <message>
      <source>No office set up here receives this kind of application for {code}: the signed package stays here until you add one (Settings), then put it in the outbox from the draft.</source>
      <translation>Ninguna oficina configurada aquí recibe este tipo de solicitud para {code}: el paquete firmado se queda aquí hasta que añada una (Configuración); después póngalo en la bandeja de salida desde el borrador.</translation>
    </message>
    <message>
      <source>Sending failed; it is tried again later.</source>
      <translation>El envío falló; se volverá a intentar más tarde.</translation>
    </message>
    <message>
      <source>The office's certificate could not be checked.</source>
      <translation>No se pudo comprobar el certificado de la oficina.</translation>
    </message>
    <message>
      <source>The office did not answer in time.</source>
      <translation>La oficina no respondió a tiempo.</translation>
    </message>
    <message>
      <source>The office could not be reached.</source>
      <translation>No se pudo contactar con la oficina.</translation>
    </message>
    <message>
      <source>The office was busy.</source>
      <translation>La oficina estaba ocupada.</translation>
    </message>
    <message>
      <source>It is tried again later.</source>
      <translation>Se volverá a intentar más tarde.</translation>
    </message>
    <message>
      <source>No office is set up, so nothing can be sent. Add the office in Settings (Offices tab); signed packages wait here until then.</source>
      <translation>No hay ninguna oficina configurada, así que no se puede enviar nada. Añada la oficina en Configuración (pestaña Oficinas); mientras tanto, los paquetes firmados esperan aquí.</translation>
    </message>
    <message>
      <source>Last attempt at {time}</source>
      <translation>Último intento a las {time}</translation>
    </message>
    <message>
      <source>No office set up</source>
      <translation>Ninguna oficina configurada</translation>
    </message>
    <message>
      <source>Not in the outbox: it is not sent until you put it there.</source>
      <translation>No está en la bandeja de salida: no se envía hasta que lo ponga allí.</translation>
    </message>
    <message>
      <source>Editing makes a new revision, which must be signed again.</source>
      <translation>Editar crea una nueva revisión, que debe firmarse de nuevo.</translation>
    </message>
    <message>
      <source>Signed on {date} (revision {n}).</source>
      <translation>Firmado el {date} (revisión {n}).</translation>
    </message>
    <message>
      <source>Put in the outbox…</source>
      <translation>Poner en la bandeja de salida…</translation>
    </message>
    <message>
      <source>Put in the outbox</source>
      <translation>Poner en la bandeja de salida</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>Oficina:</translation>
    </message>
    <message>
      <source>Filed with {office}.</source>
      <translation>Presentado ante {office}.</translation>
    </message>
    <message>
      <source>Refused by {office}.</source>
      <translation>Rechazado por {office}.</translation>
    </message>
    <message>
      <source>In the outbox for {office}.</source>
      <translation>En la bandeja de salida para {office}.</translation>
    </message>
    <message>
      <source>Send to another office…</source>
      <translation>Enviar a otra oficina…</translation>
    </message>
    <message>
      <source>No office receives it</source>
      <translation>Ninguna oficina lo recibe</translation>
    </message>
    <message>
      <source>No office set up here receives this application (its kind, for the office it names). Add that office in Settings, then try again.</source>
      <translation>Ninguna oficina configurada aquí recibe esta solicitud (su tipo, para la oficina que indica). Añada esa oficina en Configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Edited since: the changes are revision {n}, which is not signed; sign it again to file them.</source>
      <translation>Editado desde entonces: los cambios son la revisión {n}, que no está firmada; fírmela de nuevo para presentarlos.</translation>
    </message>
    <message>
      <source>The total declared ({declared}) differs from the fees computed: {total} (fees valid as of {valid_as_of}).</source>
      <translation>El total declarado ({declared}) difiere de las tasas calculadas: {total} (tasas vigentes al {valid_as_of}).</translation>
    </message>
    <message>
      <source>Expected an amount, such as 4394.00.</source>
      <translation>Se esperaba un importe, por ejemplo 4394.00.</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} (fees valid as of {valid_as_of}).</source>
      <translation>Indique el total del cálculo de tasas: {total} (tasas vigentes al {valid_as_of}).</translation>
    </message>
    <message>
      <source>Not an amount (got {text}).</source>
      <translation>No es un importe (se recibió {text}).</translation>
    </message>
    <message>
      <source>An amount with a point before the decimals, e.g. 4394.00.</source>
      <translation>Un importe con un punto antes de los decimales, p. ej. 4394.00.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount}).</source>
      <translation>{sheets} hojas: se adeuda la tasa por hoja por las {extra} hojas que exceden de {free} ({amount}).</translation>
    </message>
    <message>
      <source>That office does not receive this kind of application for the office the application names: add the office that does, or correct the application.</source>
      <translation>Esa oficina no recibe este tipo de solicitud para la oficina que indica la solicitud: añada la oficina que la recibe o corrija la solicitud.</translation>
    </message>
    <message>
      <source>This revision is already in the outbox or filed.</source>
      <translation>Esta revisión ya está en la bandeja de salida o presentada.</translation>
    </message>
    <message>
      <source>Checking rows</source>
      <translation>Comprobando las filas</translation>
    </message>
    <message>
      <source>Importing rows</source>
      <translation>Importando las filas</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>Firmando</translation>
    </message>
    <message>
      <source>Queuing</source>
      <translation>Poniendo en cola</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Columna</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advertencia</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet</source>
      <translation>Importar solicitudes desde una hoja de cálculo</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>1. Choose the spreadsheet</source>
      <translation>1. Elegir la hoja de cálculo</translation>
    </message>
    <message>
      <source>One row per application, as in the template ('filingassist template'). CSV and XLSX files are read; formulas are refused.</source>
      <translation>Una fila por solicitud, como en la plantilla («filingassist template»). Se leen archivos CSV y XLSX; las fórmulas se rechazan.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <source>Kind of application:</source>
      <translation>Tipo de solicitud:</translation>
    </message>
    <message>
      <source>Spreadsheet:</source>
      <translation>Hoja de cálculo:</translation>
    </message>
    <message>
      <source>2. Match the columns</source>
      <translation>2. Emparejar las columnas</translation>
    </message>
    <message>
      <source>These columns of the sheet are not in the template. Choose the template column each one holds, or ignore it.</source>
      <translation>Estas columnas de la hoja no están en la plantilla. Elija la columna de la plantilla que contiene cada una, o ignórela.</translation>
    </message>
    <message>
      <source>3. Report</source>
      <translation>3. Informe</translation>
    </message>
    <message>
      <source>Save the report…</source>
      <translation>Guardar el informe…</translation>
    </message>
    <message>
      <source>4. Sign</source>
      <translation>4. Firmar</translation>
    </message>
    <message>
      <source>Signing key:</source>
      <translation>Clave de firma:</translation>
    </message>
    <message>
      <source>5. Put in the outbox</source>
      <translation>5. Poner en la bandeja de salida</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>Enviar a:</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>Check the sheet</source>
      <translation>Comprobar la hoja</translation>
    </message>
    <message>
      <source>Import the valid rows</source>
      <translation>Importar las filas válidas</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Choose the spreadsheet</source>
      <translation>Elegir la hoja de cálculo</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx)</source>
      <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Detenido.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Guardar el informe</translation>
    </message>
    <message>
      <source>Column in the sheet</source>
      <translation>Columna de la hoja</translation>
    </message>
    <message>
      <source>Template column</source>
      <translation>Columna de la plantilla</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Deteniendo…</translation>
    </message>
    <message>
      <source>(ignore this column)</source>
      <translation>(ignorar esta columna)</translation>
    </message>
    <message>
      <source>No row can be imported: correct the sheet and check it again.</source>
      <translation>No se puede importar ninguna fila: corrija la hoja y compruébela de nuevo.</translation>
    </message>
    <message>
      <source>Import stopped: nothing was imported.</source>
      <translation>Importación detenida: no se importó nada.</translation>
    </message>
    <message>
      <source>There is no signing key yet: create one in the sign dialog of any draft.</source>
      <translation>Todavía no hay ninguna clave de firma: cree una en el cuadro de firma de cualquier borrador.</translation>
    </message>
    <message>
      <source>Packages signed: {n}.</source>
      <translation>Paquetes firmados: {n}.</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings, then put the packages in the outbox.</source>
      <translation>No hay ninguna oficina configurada: añada una en Configuración y luego ponga los paquetes en la bandeja de salida.</translation>
    </message>
    <message>
      <source>Stopped: run the step again to queue the rest.</source>
      <translation>Detenido: repita el paso para poner en cola el resto.</translation>
    </message>
    <message>
      <source>Rows read: {rows}. Ready to import: {ready}. With errors: {invalid}. Imported before: {already}.</source>
      <translation>Filas leídas: {rows}. Listas para importar: {ready}. Con errores: {invalid}. Importadas antes: {already}.</translation>
    </message>
    <message>
      <source>Applications imported: {n}. Sign them with one key to make their packages.</source>
      <translation>Solicitudes importadas: {n}. Fírmelas con una clave para crear sus paquetes.</translation>
    </message>
    <message>
      <source>Imported: {imported}. Signed: {signed}. In the outbox: {queued}. They are sent with the next sync (or Send now in the Outbox).</source>
      <translation>Importadas: {imported}. Firmadas: {signed}. En la bandeja de salida: {queued}. Se envían con la próxima sincronización (o con Enviar ahora en la bandeja de salida).</translation>
    </message>
    <message>
      <source>Template column for {column}</source>
      <translation>Columna de la plantilla para {column}</translation>
    </message>
    <message>
      <source>Signing stopped: {n} packages signed are kept.</source>
      <translation>Firma detenida: se conservan los paquetes ya firmados ({n}).</translation>
    </message>
    <message>
      <source>Not signed (errors): {n}.</source>
      <translation>No firmadas (errores): {n}.</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet…</source>
      <translation>Importar solicitudes desde una hoja de cálculo…</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>Esperando el envío</translation>
    </message>
    <message>
      <source>Refused by the office</source>
      <translation>Rechazado por la oficina</translation>
    </message>
    <message>
      <source>(no mark or title)</source>
      <translation>(sin marca ni título)</translation>
    </message>
    <message>
      <source>Mark or title</source>
      <translation>Marca o título</translation>
    </message>
    <message>
      <source>Transfer rate</source>
      <translation>Velocidad de transferencia</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>Próximo intento</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>En cola desde</translation>
    </message>
    <message>
      <source>Respond…</source>
      <translation>Responder…</translation>
    </message>
    <message>
      <source>Start the response to the selected notice</source>
      <translation>Iniciar la respuesta a la notificación seleccionada</translation>
    </message>
    <message>
      <source>Package {package}</source>
      <translation>Paquete {package}</translation>
    </message>
    <message>
      <source>Packages waiting to be sent or receipted: {n}</source>
      <translation>Paquetes pendientes de envío o de acuse de recibo: {n}</translation>
    </message>
    <message>
      <source>Response: {title}</source>
      <translation>Respuesta: {title}</translation>
    </message>
    <!-- branch: formupgrade -->
    <message>
      <source>Moved</source>
      <translation>Movido</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Convertido</translation>
    </message>
    <message>
      <source>Given a default</source>
      <translation>Valor predeterminado asignado</translation>
    </message>
    <message>
      <source>New field, empty</source>
      <translation>Campo nuevo, vacío</translation>
    </message>
    <message>
      <source>Meaning changed</source>
      <translation>Significado cambiado</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Suprimido</translation>
    </message>
    <message>
      <source>Not carried over</source>
      <translation>No trasladado</translation>
    </message>
    <message>
      <source>This draft is not upgraded: its current revision is signed, and upgrading would make the draft differ from the signed package. Edit the draft (or file the package as it is), then upgrade.</source>
      <translation>Este borrador no se actualiza: su revisión actual está firmada y actualizarlo haría que el borrador difiera del paquete firmado. Edite el borrador (o presente el paquete tal cual) y luego actualícelo.</translation>
    </message>
    <message>
      <source>This draft already uses the newest version of the form.</source>
      <translation>Este borrador ya usa la versión más reciente del formulario.</translation>
    </message>
    <message>
      <source>Upgrade the form</source>
      <translation>Actualizar el formulario</translation>
    </message>
    <message>
      <source>Upgrading saves this draft with version {new} of the form as a new revision; the revision made with version {old} stays in the history.</source>
      <translation>La actualización guarda este borrador con la versión {new} del formulario como una nueva revisión; la revisión hecha con la versión {old} permanece en el historial.</translation>
    </message>
    <message>
      <source>The draft now uses version {new} of the form (revision {n}).</source>
      <translation>El borrador usa ahora la versión {new} del formulario (revisión {n}).</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambio</translation>
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
      <source>Upgrade to version {new} of the form</source>
      <translation>Actualizar a la versión {new} del formulario</translation>
    </message>
    <message>
      <source>This draft uses an older version of the form (v{old}).</source>
      <translation>Este borrador usa una versión anterior del formulario (v{old}).</translation>
    </message>
    <message>
      <source>Upgrade to v{new}</source>
      <translation>Actualizar a v{new}</translation>
    </message>
    <message>
      <source>Version 2 has one date of the application: the date on which the Office of origin received it (item 13).</source>
      <translation>La versión 2 tiene una sola fecha de la solicitud: la fecha en que la Oficina de origen la recibió (punto 13).</translation>
    </message>
    <message>
      <source>Version 2 records the type of mark as several indications (item 9), and colour per se in item 7.</source>
      <translation>La versión 2 registra el tipo de marca como varias indicaciones (punto 9), y el color per se en el punto 7.</translation>
    </message>
    <message>
      <source>Version 2 has no type “other”: describe the mark in the description of the mark (item 9).</source>
      <translation>La versión 2 no tiene el tipo «otro»: describa la marca en la descripción de la marca (punto 9).</translation>
    </message>
    <message>
      <source>Version 2 gives the entitlement of each applicant: the grounds are now given for the first applicant. Check them, and add the grounds of any other applicant.</source>
      <translation>La versión 2 indica el derecho a presentar de cada solicitante: los fundamentos se dan ahora para el primer solicitante. Revíselos y añada los fundamentos de cualquier otro solicitante.</translation>
    </message>
    <message>
      <source>Version 2 asks whether the mark is a collective, certification or guarantee mark: the draft did not say, so it is an individual mark.</source>
      <translation>La versión 2 pregunta si la marca es colectiva, de certificación o de garantía: el borrador no lo decía, así que es una marca individual.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 9), not set.</source>
      <translation>Nueva indicación de la versión 2 (punto 9), sin marcar.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 7), not set.</source>
      <translation>Nueva indicación de la versión 2 (punto 7), sin marcar.</translation>
    </message>
    <message>
      <source>New in version 2 (item 3(b)): where an applicant's address is outside the Contracting Party of a ground of domicile or establishment, give the address there.</source>
      <translation>Nuevo en la versión 2 (punto 3.b)): cuando la dirección de un solicitante esté fuera de la Parte Contratante de un fundamento de domicilio o establecimiento, indique la dirección allí.</translation>
    </message>
    <message>
      <source>New in version 2: when the European Union is designated, choose the second language.</source>
      <translation>Nuevo en la versión 2: cuando se designe la Unión Europea, elija la segunda lengua.</translation>
    </message>
    <message>
      <source>New in version 2: seniority claims for the European Union (form MM17).</source>
      <translation>Nuevo en la versión 2: reivindicaciones de antigüedad para la Unión Europea (formulario MM17).</translation>
    </message>
    <message>
      <source>The date of receipt (item 13) is now the date of the application: priority periods count from it, and it is sent to the International Bureau.</source>
      <translation>La fecha de recepción (punto 13) es ahora la fecha de la solicitud: los plazos de prioridad se cuentan desde ella y se envía a la Oficina Internacional.</translation>
    </message>
    <message>
      <source>The goods of a partial priority are now sent as the priority's goods and services, no longer as a comment.</source>
      <translation>Los productos de una prioridad parcial se envían ahora como productos y servicios de la prioridad, ya no como comentario.</translation>
    </message>
    <message>
      <source>Each ground of entitlement is now sent under the applicant it belongs to.</source>
      <translation>Cada fundamento del derecho a presentar se envía ahora bajo el solicitante al que corresponde.</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n elemento</numerusform>
        <numerusform>%n elementos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) cannot be carried over: give them again.</source>
      <translation>
        <numerusform>%n valor no se puede trasladar: indíquelo de nuevo.</numerusform>
        <numerusform>%n valores no se pueden trasladar: indíquelos de nuevo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>After the upgrade, the draft has %n error(s) to fix.</source>
      <translation>
        <numerusform>Tras la actualización, el borrador tiene %n error que corregir.</numerusform>
        <numerusform>Tras la actualización, el borrador tiene %n errores que corregir.</numerusform>
      </translation>
    </message>
    <message>
      <source>{kind} (older form, v{old})</source>
      <translation>{kind} (formulario anterior, v{old})</translation>
    </message>
    <message>
      <source>Type the key's passphrase.</source>
      <translation>Escriba la frase de contraseña de la clave.</translation>
    </message>
    <message>
      <source>Remember for this session</source>
      <translation>Recordar durante esta sesión</translation>
    </message>
    <message>
      <source>Keep the passphrase (in the system keyring when there is one, else only in memory) until you quit, choose “Lock keys now”, or do not sign for the time set in Settings.</source>
      <translation>Guardar la frase de contraseña (en el llavero del sistema si lo hay; si no, solo en memoria) hasta que salga, elija «Bloquear las claves ahora» o no firme durante el tiempo fijado en Configuración.</translation>
    </message>
    <message>
      <source>Remembered for this session</source>
      <translation>Recordada durante esta sesión</translation>
    </message>
    <message>
      <source>Delete key…</source>
      <translation>Eliminar clave…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Forget remembered passphrases after</source>
      <translation>Olvidar las frases de contraseña recordadas tras</translation>
    </message>
    <message>
      <source>A passphrase remembered for the session is forgotten when it has not been used for this long, when you quit, and with “Lock keys now”.</source>
      <translation>Una frase de contraseña recordada durante la sesión se olvida cuando no se ha usado durante este tiempo, al salir y con «Bloquear las claves ahora».</translation>
    </message>
    <message>
      <source>Delete key</source>
      <translation>Eliminar clave</translation>
    </message>
    <message>
      <source>Choose the key to delete.</source>
      <translation>Elija la clave que desea eliminar.</translation>
    </message>
    <message>
      <source>Key deleted.</source>
      <translation>Clave eliminada.</translation>
    </message>
    <message>
      <source>Delete the key {name}? It cannot be undone: you cannot sign with it any more. Packages it signed stay valid.</source>
      <translation>¿Eliminar la clave {name}? No se puede deshacer: ya no podrá firmar con ella. Los paquetes que firmó siguen siendo válidos.</translation>
    </message>
    <message>
      <source>The passphrase does not open the key: type it again (a passphrase remembered for this session has been forgotten).</source>
      <translation>La frase de contraseña no abre la clave: escríbala de nuevo (se ha olvidado la frase de contraseña recordada durante esta sesión).</translation>
    </message>
    <message>
      <source>Lock keys now</source>
      <translation>Bloquear las claves ahora</translation>
    </message>
    <message>
      <source>Keys locked: every remembered passphrase is forgotten.</source>
      <translation>Claves bloqueadas: se han olvidado todas las frases de contraseña recordadas.</translation>
    </message>
    <message>
      <source>Not deleted.</source>
      <translation>No eliminada.</translation>
    </message>
    <message>
      <source>Deleted key {name}.</source>
      <translation>Clave {name} eliminada.</translation>
    </message>
    <message>
      <source>Delete key {name}? It cannot be undone. [y/N] </source>
      <translation>¿Eliminar la clave {name}? No se puede deshacer. [y/N] </translation>
    </message>
    <message>
      <source>Filter: mark or title, applicant, reference, office, number</source>
      <translation>Filtrar: marca o título, solicitante, referencia, oficina, número</translation>
    </message>
    <message>
      <source>Filter the list</source>
      <translation>Filtrar la lista</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s): older than a year, check for an update</source>
      <translation>
        <numerusform>%n día: más de un año, busque una actualización</numerusform>
        <numerusform>%n días: más de un año, busque una actualización</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} per class</source>
      <translation>{amount} por clase</translation>
    </message>
    <message>
      <source>{amount} whatever the number of classes</source>
      <translation>{amount} sea cual sea el número de clases</translation>
    </message>
    <message>
      <source>{first} for one class, {further} per further class</source>
      <translation>{first} por una clase, {further} por cada clase adicional</translation>
    </message>
    <message>
      <source>{amount} (complementary fee)</source>
      <translation>{amount} (complemento de tasa)</translation>
    </message>
    <message numerus="yes">
      <source>{amount} for up to %n class(es), {further} per further class</source>
      <translation>
        <numerusform>{amount} hasta %n clase, {further} por cada clase adicional</numerusform>
        <numerusform>{amount} hasta %n clases, {further} por cada clase adicional</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amounts} for the first %n classes, {further} per further class</source>
      <translation>
        <numerusform>{amounts} por la primera clase, {further} por cada clase adicional</numerusform>
        <numerusform>{amounts} por las %n primeras clases, {further} por cada clase adicional</numerusform>
      </translation>
    </message>
    <message>
      <source>Details: where each figure comes from</source>
      <translation>Detalles: de dónde procede cada importe</translation>
    </message>
    <message numerus="yes">
      <source>%n fee figure(s) to be confirmed: check them at the source before paying</source>
      <translation>
        <numerusform>%n importe de tasa por confirmar: compruébelo en la fuente antes de pagar</numerusform>
        <numerusform>%n importes de tasas por confirmar: compruébelos en la fuente antes de pagar</numerusform>
      </translation>
    </message>
    <message>
      <source>Receipts received</source>
      <translation>Acuses de recibo recibidos</translation>
    </message>
    <message>
      <source>{what} was filed with {office}: application number {number}.</source>
      <translation>{what} se ha presentado ante {office}: número de solicitud {number}.</translation>
    </message>
    <message numerus="yes">
      <source>%n application(s) filed: the receipts are in Receipts.</source>
      <translation>
        <numerusform>%n solicitud presentada: el acuse de recibo está en Acuses de recibo.</numerusform>
        <numerusform>%n solicitudes presentadas: los acuses de recibo están en Acuses de recibo.</numerusform>
      </translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({age}); review by {review}</source>
      <translation>Tabla de tasas {version}, vigente desde el {effective}, leída el {date} ({age}); revisar antes del {review}</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({age}), review by {review}</source>
      <translation>Datos de tasas: {table} leída el {date} ({age}), revisar antes del {review}</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({age}): check the fees before paying</source>
      <translation>Atención: {table} superó su fecha de revisión {review} ({age}): compruebe las tasas antes de pagar</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) old</source>
      <translation>
        <numerusform>hace %n día</numerusform>
        <numerusform>hace %n días</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems found. This revision is signed.</source>
      <translation>No se encontraron problemas. Esta revisión está firmada.</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date}; review by {review}</source>
      <translation>Tabla de tasas {version}, vigente desde el {effective}, leída el {date}; revisar antes del {review}</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
      <source>The application is queued for the office. Press “Finish and hand over” to print again, or “End session” to erase it without a printout.</source>
      <translation>La solicitud está en la cola para la oficina. Pulse «Terminar y entregar» para imprimir de nuevo, o «Terminar la sesión» para borrarla sin imprimir.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Paquetes</translation>
    </message>
    <message>
      <source>Quotes incomplete</source>
      <translation>Presupuestos incompletos</translation>
    </message>
    <message>
      <source>Fee totals</source>
      <translation>Totales de tasas</translation>
    </message>
    <message>
      <source>Write a template…</source>
      <translation>Escribir una plantilla…</translation>
    </message>
    <message>
      <source>A sheet with one column per field of the form, titles and an example row.</source>
      <translation>Una hoja con una columna por campo del formulario, títulos y una fila de ejemplo.</translation>
    </message>
    <message>
      <source>Write a template</source>
      <translation>Escribir una plantilla</translation>
    </message>
    <message>
      <source>All clients</source>
      <translation>Todos los clientes</translation>
    </message>
    <message>
      <source>(no client reference)</source>
      <translation>(sin referencia del cliente)</translation>
    </message>
    <message>
      <source>Template written: {path} ({n} columns). Fill in one row per application.</source>
      <translation>Plantilla escrita: {path} ({n} columnas). Rellene una fila por solicitud.</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language is furnished.</source>
      <translation>Solo si la ISA no realiza la búsqueda en el idioma de presentación (regla 12.3): se entrega una traducción a este idioma.</translation>
    </message>
    <message>
      <source>Reproduction in colour</source>
      <translation>Reproducción en color</translation>
    </message>
    <message>
      <source>No reproduction in colour</source>
      <translation>Reproducción no en color</translation>
    </message>
    <message>
      <source>{percent}% of {amount} ({colour}): the Office of origin, {party}, is a least developed country</source>
      <translation>{percent} % de {amount} ({colour}): la Oficina de origen, {party}, es un país menos adelantado</translation>
    </message>
    <message>
      <source>Classes beyond {free}: {count}</source>
      <translation>Clases además de las {free} primeras: {count}</translation>
    </message>
    <message>
      <source>Designated parties without an individual fee: {parties}</source>
      <translation>Partes designadas sin tasa individual: {parties}</translation>
    </message>
    <message>
      <source>Classes: {count}</source>
      <translation>Clases: {count}</translation>
    </message>
    <message>
      <source>In effect from {date}</source>
      <translation>En vigor desde el {date}</translation>
    </message>
    <message>
      <source>First part (the second is paid later): {basis}</source>
      <translation>Primera parte (la segunda se paga más tarde): {basis}</translation>
    </message>
    <message>
      <source>Search by {authority}</source>
      <translation>Búsqueda por la {authority}</translation>
    </message>
    <message>
      <source>Search by {authority}, amount as charged at RO/IB</source>
      <translation>Búsqueda por la {authority}, importe que cobra la RO/IB</translation>
    </message>
    <message>
      <source>Set by the receiving Office {office}</source>
      <translation>Fijada por la Oficina receptora {office}</translation>
    </message>
    <message>
      <source>Waived for applicants eligible under item 5</source>
      <translation>Exonerada para los solicitantes que cumplen el punto 5</translation>
    </message>
    <message>
      <source>Sheets included: {free}</source>
      <translation>Hojas incluidas: {free}</translation>
    </message>
    <message>
      <source>Sheets beyond {free}: {count} × {unit}</source>
      <translation>Hojas además de las {free} primeras: {count} × {unit}</translation>
    </message>
    <message>
      <source>Electronic filing: {kind}</source>
      <translation>Presentación electrónica: {kind}</translation>
    </message>
    <message>
      <source>{percent}% of {amount} (after the e-filing reduction), Schedule of Fees item 5</source>
      <translation>{percent} % de {amount} (tras la reducción por presentación electrónica), punto 5 de la Tabla de tasas</translation>
    </message>
    <message>
      <source>Classes: {count} × {unit}</source>
      <translation>Clases: {count} × {unit}</translation>
    </message>
    <message>
      <source>Two-letter language code (ISO 639-1), e.g. en.</source>
      <translation>Código de idioma de dos letras (ISO 639-1), p. ej. en.</translation>
    </message>
  </context>
</TS>
