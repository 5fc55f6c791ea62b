<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>filingassist</name>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Espagnol</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>Mandataire</translation>
    </message>
    <message>
      <source>All designated States</source>
      <translation>Tous les États désignés</translation>
    </message>
    <message>
      <source>All designated States except the United States</source>
      <translation>Tous les États désignés sauf les États-Unis</translation>
    </message>
    <message>
      <source>The United States only</source>
      <translation>Les États-Unis seulement</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>Déposant</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>Mandataire</translation>
    </message>
    <message>
      <source>Common representative</source>
      <translation>Représentant commun</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Virement bancaire</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>Carte de crédit</translation>
    </message>
    <message>
      <source>Deposit account</source>
      <translation>Compte de dépôt</translation>
    </message>
    <message>
      <source>WIPO current account</source>
      <translation>Compte courant auprès de l'OMPI</translation>
    </message>
    <message>
      <source>Through the Office of origin</source>
      <translation>Par l'intermédiaire de l'Office d'origine</translation>
    </message>
    <message>
      <source>Individual mark</source>
      <translation>Marque individuelle</translation>
    </message>
    <message>
      <source>Collective mark</source>
      <translation>Marque collective</translation>
    </message>
    <message>
      <source>Certification mark</source>
      <translation>Marque de certification</translation>
    </message>
    <message>
      <source>Guarantee mark</source>
      <translation>Marque de garantie</translation>
    </message>
    <message>
      <source>Three-dimensional</source>
      <translation>Tridimensionnelle</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Sonore</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <source>Hologram</source>
      <translation>Hologramme</translation>
    </message>
    <message>
      <source>Motion</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Multimedia</source>
      <translation>Multimédia</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Word</source>
      <translation>Verbale</translation>
    </message>
    <message>
      <source>Figurative</source>
      <translation>Figurative</translation>
    </message>
    <message>
      <source>Combined</source>
      <translation>Combinée</translation>
    </message>
    <message>
      <source>Shape (3-D)</source>
      <translation>Forme (3D)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>Domicile</source>
      <translation>Domicile</translation>
    </message>
    <message>
      <source>Real and effective establishment</source>
      <translation>Établissement industriel ou commercial effectif et sérieux</translation>
    </message>
    <message>
      <source>Natural person</source>
      <translation>Personne physique</translation>
    </message>
    <message>
      <source>Legal entity</source>
      <translation>Personne morale</translation>
    </message>
    <message>
      <source>Use in commerce</source>
      <translation>Usage dans le commerce</translation>
    </message>
    <message>
      <source>Intent to use</source>
      <translation>Intention d'usage</translation>
    </message>
    <message>
      <source>Foreign registration</source>
      <translation>Enregistrement étranger</translation>
    </message>
    <message>
      <source>Foreign application</source>
      <translation>Demande étrangère</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucun</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Nationale</translation>
    </message>
    <message>
      <source>Regional</source>
      <translation>Régionale</translation>
    </message>
    <message>
      <source>International</source>
      <translation>Internationale</translation>
    </message>
    <message>
      <source>International (PCT)</source>
      <translation>Internationale (PCT)</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Request in XML</source>
      <translation>Requête en XML</translation>
    </message>
    <message>
      <source>Everything in XML</source>
      <translation>Tout en XML</translation>
    </message>
    <message>
      <source>Nordic Patent Institute</source>
      <translation>Institut nordique des brevets</translation>
    </message>
    <message>
      <source>Visegrad Patent Institute</source>
      <translation>Institut des brevets de Visegrad</translation>
    </message>
    <message>
      <source>European Patent Office</source>
      <translation>Office européen des brevets</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Rubriques</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Constats</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>Taxes</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>The fee tables are not installed.</source>
      <translation>Les barèmes de taxes ne sont pas installés.</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Joindre un fichier</translation>
    </message>
    <message>
      <source>Could not attach the file.</source>
      <translation>Impossible de joindre le fichier.</translation>
    </message>
    <message>
      <source>Edit {field}</source>
      <translation>Modifier {field}</translation>
    </message>
    <message>
      <source>Responding to the notice “{notice}” (deadline {deadline}). Correct the application, then sign it: it is sent as your response.</source>
      <translation>Réponse à la notification « {notice} » (délai : {deadline}). Corrigez la demande, puis signez-la : elle sera envoyée comme votre réponse.</translation>
    </message>
    <message>
      <source>Could not save: {error}. Retrying…</source>
      <translation>Enregistrement impossible : {error}. Nouvel essai…</translation>
    </message>
    <message>
      <source>Attaching {name}…</source>
      <translation>Ajout de {name}…</translation>
    </message>
    <message>
      <source>All changes saved · revision {n}</source>
      <translation>Toutes les modifications sont enregistrées · révision {n}</translation>
    </message>
    <message>
      <source>Choose classes</source>
      <translation>Choisir des classes</translation>
    </message>
    <message>
      <source>Choose Contracting Parties</source>
      <translation>Choisir des Parties contractantes</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>Rechercher…</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Classe</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Contracting Party</source>
      <translation>Partie contractante</translation>
    </message>
    <message>
      <source>Fee type</source>
      <translation>Type de taxe</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Taxe</translation>
    </message>
    <message>
      <source>Fees as of {date}.</source>
      <translation>Taxes au {date}.</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>Produits</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Individual fee</source>
      <translation>Taxe individuelle</translation>
    </message>
    <message>
      <source>Complementary fee</source>
      <translation>Complément d'émolument</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Offices</source>
      <translation>Offices</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Clés</translation>
    </message>
    <message>
      <source>Language and data</source>
      <translation>Langue et données</translation>
    </message>
    <message>
      <source>Office address</source>
      <translation>Adresse de l'office</translation>
    </message>
    <message>
      <source>Account token</source>
      <translation>Jeton du compte</translation>
    </message>
    <message>
      <source>Certificate fingerprint (SHA-256)</source>
      <translation>Empreinte du certificat (SHA-256)</translation>
    </message>
    <message>
      <source>Ask the office</source>
      <translation>Interroger l'office</translation>
    </message>
    <message>
      <source>Add office</source>
      <translation>Ajouter l'office</translation>
    </message>
    <message>
      <source>Compare the fingerprint with the one the office gave you before adding it.</source>
      <translation>Comparez l'empreinte avec celle que l'office vous a communiquée avant de l'ajouter.</translation>
    </message>
    <message>
      <source>Asking the office…</source>
      <translation>Interrogation de l'office…</translation>
    </message>
    <message>
      <source>Adding the office…</source>
      <translation>Ajout de l'office…</translation>
    </message>
    <message>
      <source>Office added.</source>
      <translation>Office ajouté.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Dossier des données</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>A new data folder is used from the next start.</source>
      <translation>Le nouveau dossier des données sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Titulaire du certificat</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valable jusqu'au</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>Empreinte</translation>
    </message>
    <message>
      <source>New keys are created from the sign dialog.</source>
      <translation>Les nouvelles clés se créent depuis la fenêtre de signature.</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>non disponible</translation>
    </message>
    <message>
      <source>Sign the application</source>
      <translation>Signer la demande</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
    <message>
      <source>Applicants:</source>
      <translation>Déposants :</translation>
    </message>
    <message>
      <source>Fees:</source>
      <translation>Taxes :</translation>
    </message>
    <message>
      <source>Application data (XML and JSON)</source>
      <translation>Données de la demande (XML et JSON)</translation>
    </message>
    <message>
      <source>Signing key</source>
      <translation>Clé de signature</translation>
    </message>
    <message>
      <source>New key…</source>
      <translation>Nouvelle clé…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Put it in the outbox to send when the office is reachable</source>
      <translation>La placer dans la boîte d'envoi pour l'envoyer dès que l'office est joignable</translation>
    </message>
    <message>
      <source>Key:</source>
      <translation>Clé :</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Phrase secrète :</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Signer</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>Nouvelle clé</translation>
    </message>
    <message>
      <source>Name of the key holder:</source>
      <translation>Nom du titulaire de la clé :</translation>
    </message>
    <message>
      <source>E-mail address:</source>
      <translation>Adresse électronique :</translation>
    </message>
    <message>
      <source>Creating the key…</source>
      <translation>Création de la clé…</translation>
    </message>
    <message>
      <source>Key created.</source>
      <translation>Clé créée.</translation>
    </message>
    <message>
      <source>Signing… (you can keep working)</source>
      <translation>Signature en cours… (vous pouvez continuer à travailler)</translation>
    </message>
    <message>
      <source>Response to:</source>
      <translation>Réponse à :</translation>
    </message>
    <message>
      <source>Files in the package:</source>
      <translation>Fichiers du paquet :</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>Erreur :</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Avertissement :</translation>
    </message>
    <message>
      <source>Correct the errors before signing.</source>
      <translation>Corrigez les erreurs avant de signer.</translation>
    </message>
    <message>
      <source>Signing is not available in this installation.</source>
      <translation>La signature n'est pas disponible dans cette installation.</translation>
    </message>
    <message>
      <source>Type the passphrase for the new key first.</source>
      <translation>Saisissez d'abord la phrase secrète de la nouvelle clé.</translation>
    </message>
    <message>
      <source>Choose or create a key first.</source>
      <translation>Choisissez ou créez d'abord une clé.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>Problèmes :</translation>
    </message>
    <message>
      <source>Signing failed: {error}</source>
      <translation>Échec de la signature : {error}</translation>
    </message>
    <message>
      <source>valid as of {date}</source>
      <translation>valable au {date}</translation>
    </message>
    <message>
      <source>Something unexpected went wrong; the details help to report it.</source>
      <translation>Une erreur inattendue s'est produite ; les détails permettent de la signaler.</translation>
    </message>
    <message>
      <source>It is no longer in this data folder: it may have been deleted, or it belongs to another data folder.</source>
      <translation>Cet élément ne se trouve plus dans ce dossier des données : il a peut-être été supprimé, ou il appartient à un autre dossier des données.</translation>
    </message>
    <message>
      <source>This cannot be done now.</source>
      <translation>Cette action n'est pas possible pour le moment.</translation>
    </message>
    <message>
      <source>The file or the data could not be read.</source>
      <translation>Le fichier ou les données n'ont pas pu être lus.</translation>
    </message>
    <message>
      <source>The application has errors: correct them first.</source>
      <translation>La demande contient des erreurs : corrigez-les d'abord.</translation>
    </message>
    <message>
      <source>The application could not be signed: check the key and its passphrase.</source>
      <translation>La demande n'a pas pu être signée : vérifiez la clé et sa phrase secrète.</translation>
    </message>
    <message>
      <source>A signature or a certificate could not be verified.</source>
      <translation>Une signature ou un certificat n'a pas pu être vérifié.</translation>
    </message>
    <message>
      <source>The office cannot be reached now; sending is retried later.</source>
      <translation>L'office est injoignable pour le moment ; l'envoi sera réessayé plus tard.</translation>
    </message>
    <message>
      <source>The office refused the package.</source>
      <translation>L'office a refusé le paquet.</translation>
    </message>
    <message>
      <source>Sending to the office failed.</source>
      <translation>L'envoi à l'office a échoué.</translation>
    </message>
    <message>
      <source>The action failed.</source>
      <translation>L'action a échoué.</translation>
    </message>
    <message>
      <source>The disk could not be read or written (full, or not allowed).</source>
      <translation>Le disque n'a pas pu être lu ou écrit (plein, ou accès non autorisé).</translation>
    </message>
    <message>
      <source>Basic fee</source>
      <translation>Émolument de base</translation>
    </message>
    <message>
      <source>Supplementary fee</source>
      <translation>Émolument supplémentaire</translation>
    </message>
    <message>
      <source>Search fee</source>
      <translation>Taxe de recherche</translation>
    </message>
    <message>
      <source>Transmittal fee</source>
      <translation>Taxe de transmission</translation>
    </message>
    <message>
      <source>International filing fee</source>
      <translation>Taxe internationale de dépôt</translation>
    </message>
    <message>
      <source>Fee per sheet over 30</source>
      <translation>Taxe par feuille au-delà de 30</translation>
    </message>
    <message>
      <source>E-filing reduction</source>
      <translation>Réduction pour dépôt électronique</translation>
    </message>
    <message>
      <source>Reduction for natural persons</source>
      <translation>Réduction pour les personnes physiques</translation>
    </message>
    <message>
      <source>Application fee</source>
      <translation>Taxe de dépôt</translation>
    </message>
    <message>
      <source>Fees cannot be calculated yet.</source>
      <translation>Les taxes ne peuvent pas encore être calculées.</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>Total : {amount}</translation>
    </message>
    <message>
      <source>(incomplete: some amounts are not in the fee table)</source>
      <translation>(incomplet : certains montants ne figurent pas dans le barème)</translation>
    </message>
    <message>
      <source>Fee table valid as of {date}</source>
      <translation>Barème des taxes valable au {date}</translation>
    </message>
    <message>
      <source>Checking the application…</source>
      <translation>Vérification de la demande…</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>No problems found. The application is ready to sign.</source>
      <translation>Aucun problème. La demande est prête à être signée.</translation>
    </message>
    <message>
      <source>The application could not be checked: {error}</source>
      <translation>La demande n'a pas pu être vérifiée : {error}</translation>
    </message>
    <message>
      <source>Basis: {basis}</source>
      <translation>Fondement : {basis}</translation>
    </message>
    <message>
      <source>Suggestions: {items}</source>
      <translation>Suggestions : {items}</translation>
    </message>
    <message>
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} erreurs, {warnings} avertissements</translation>
    </message>
    <message>
      <source>No errors; {warnings} warnings</source>
      <translation>Aucune erreur ; {warnings} avertissements</translation>
    </message>
    <message>
      <source>Replace with “{text}”</source>
      <translation>Remplacer par « {text} »</translation>
    </message>
    <message>
      <source>Choose classes…</source>
      <translation>Choisir des classes…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Choose Contracting Parties…</source>
      <translation>Choisir des Parties contractantes…</translation>
    </message>
    <message>
      <source>Add {item}</source>
      <translation>Ajouter : {item}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>Choisir une date</translation>
    </message>
    <message>
      <source>One entry per line</source>
      <translation>Une entrée par ligne</translation>
    </message>
    <message>
      <source>unreadable image</source>
      <translation>image illisible</translation>
    </message>
    <message>
      <source>No file. Drop a file here or choose one.</source>
      <translation>Aucun fichier. Déposez un fichier ici ou choisissez-en un.</translation>
    </message>
    <message>
      <source>Search the term list and press Enter to add</source>
      <translation>Rechercher dans la liste des termes et appuyer sur Entrée pour ajouter</translation>
    </message>
    <message>
      <source>Search the term list</source>
      <translation>Rechercher dans la liste des termes</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>{n} pages</translation>
    </message>
    <message>
      <source>{n} sequences</source>
      <translation>{n} séquences</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} pixels</translation>
    </message>
    <message>
      <source>New MM2 from a basic mark…</source>
      <translation>Nouvelle MM2 à partir d'une marque de base…</translation>
    </message>
    <message>
      <source>Search all drafts (names, marks, terms…)</source>
      <translation>Rechercher dans tous les brouillons (noms, marques, termes…)</translation>
    </message>
    <message>
      <source>Search drafts</source>
      <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>Brouillons</translation>
    </message>
    <message>
      <source>No drafts yet. Start a new application above.</source>
      <translation>Aucun brouillon. Commencez une nouvelle demande ci-dessus.</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Boîte d'envoi</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Accusés de réception</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <source>New trademark application</source>
      <translation>Nouvelle demande de marque</translation>
    </message>
    <message>
      <source>New Madrid application (MM2)</source>
      <translation>Nouvelle demande Madrid (MM2)</translation>
    </message>
    <message>
      <source>New patent application</source>
      <translation>Nouvelle demande de brevet</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>Rechercher :</translation>
    </message>
    <message>
      <source>Filing Assistant</source>
      <translation>Assistant de dépôt</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>Sign…</source>
      <translation>Signer…</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Envoyer maintenant</translation>
    </message>
    <message>
      <source>Print summary as PDF…</source>
      <translation>Imprimer le résumé en PDF…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;Application</source>
      <translation>&amp;Demande</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Barre d'outils principale</translation>
    </message>
    <message>
      <source>Reference data: loading…</source>
      <translation>Données de référence : chargement…</translation>
    </message>
    <message>
      <source>Receipt received</source>
      <translation>Accusé de réception reçu</translation>
    </message>
    <message>
      <source>Choose the basic mark record</source>
      <translation>Choisir la fiche de la marque de base</translation>
    </message>
    <message>
      <source>Import an application</source>
      <translation>Importer une demande</translation>
    </message>
    <message>
      <source>Application documents (*.json)</source>
      <translation>Documents de demande (*.json)</translation>
    </message>
    <message>
      <source>Application summary</source>
      <translation>Résumé de la demande</translation>
    </message>
    <message>
      <source>Filing receipt</source>
      <translation>Accusé de réception du dépôt</translation>
    </message>
    <message>
      <source>Reference data: not available</source>
      <translation>Données de référence : non disponibles</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Traitement…</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings.</source>
      <translation>Aucun office n'est configuré : ajoutez-en un dans les Paramètres.</translation>
    </message>
    <message>
      <source>The application of this notice is not here.</source>
      <translation>La demande visée par cette notification ne se trouve pas ici.</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Hors ligne</translation>
    </message>
    <message>
      <source>Office reachable</source>
      <translation>Office joignable</translation>
    </message>
    <message>
      <source>Sending…</source>
      <translation>Envoi…</translation>
    </message>
    <message>
      <source>The office has receipted package {package}.</source>
      <translation>L'office a accusé réception du paquet {package}.</translation>
    </message>
    <message>
      <source>Signed: package {package}</source>
      <translation>Signé : paquet {package}</translation>
    </message>
    <message>
      <source>Reference data valid as of {date}</source>
      <translation>Données de référence valables au {date}</translation>
    </message>
    <message>
      <source>Trademark</source>
      <translation>Marque</translation>
    </message>
    <message>
      <source>Madrid (MM2)</source>
      <translation>Madrid (MM2)</translation>
    </message>
    <message>
      <source>Patent</source>
      <translation>Brevet</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signé</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Receipted</source>
      <translation>Réception accusée</translation>
    </message>
    <message>
      <source>Filed</source>
      <translation>Déposé</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Last saved</source>
      <translation>Dernier enregistrement</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>Révisions</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Envoi en cours</translation>
    </message>
    <message>
      <source>Sent, awaiting receipt</source>
      <translation>Envoyé, accusé de réception attendu</translation>
    </message>
    <message>
      <source>Receipt could not be verified</source>
      <translation>L'accusé de réception n'a pas pu être vérifié</translation>
    </message>
    <message>
      <source>Irregularity</source>
      <translation>Irrégularité</translation>
    </message>
    <message>
      <source>Acknowledgement</source>
      <translation>Accusé de réception</translation>
    </message>
    <message>
      <source>Provisional refusal</source>
      <translation>Refus provisoire</translation>
    </message>
    <message>
      <source>Fee reminder</source>
      <translation>Rappel de taxe</translation>
    </message>
    <message>
      <source>late</source>
      <translation>en retard</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <source>Try to send every queued package now (Ctrl+Shift+Return)</source>
      <translation>Essayer d'envoyer maintenant tous les paquets en attente (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
      <source>Open receipt</source>
      <translation>Ouvrir l'accusé de réception</translation>
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
      <translation>Paquet</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Débit</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <source>Next retry</source>
      <translation>Prochain essai</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Nothing waiting to be sent.</source>
      <translation>Rien en attente d'envoi.</translation>
    </message>
    <message>
      <source>Application number</source>
      <translation>Numéro de la demande</translation>
    </message>
    <message>
      <source>Filing date</source>
      <translation>Date de dépôt</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçu le</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Notification</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Délai</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Jours restants</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <source>Respond</source>
      <translation>Répondre</translation>
    </message>
    <message>
      <source>Progress of {package}</source>
      <translation>Progression de {package}</translation>
    </message>
    <message>
      <source>{n} packages waiting to be sent or receipted</source>
      <translation>{n} paquets en attente d'envoi ou d'accusé de réception</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} jours</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>en retard de {n} jours</translation>
    </message>
    <message>
      <source>Keep this receipt: it proves the date the office received your application.</source>
      <translation>Conservez cet accusé de réception : il prouve la date à laquelle l'office a reçu votre demande.</translation>
    </message>
    <message>
      <source>Received after the deadline</source>
      <translation>Reçu après l'expiration du délai</translation>
    </message>
    <message>
      <source>Package digest</source>
      <translation>Empreinte du paquet</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>individual fee (amount not in the table)</source>
      <translation>taxe individuelle (montant absent du barème)</translation>
    </message>
    <message>
      <source>(complementary fee)</source>
      <translation>(complément d'émolument)</translation>
    </message>
    <message>
      <source>International application under the Madrid Protocol (MM2)</source>
      <translation>Demande internationale selon le Protocole de Madrid (MM2)</translation>
    </message>
    <message>
      <source>Form MM2: application for international registration of a mark, filed through the Office of origin.</source>
      <translation>Formulaire MM2 : demande d'enregistrement international d'une marque, déposée par l'intermédiaire de l'Office d'origine.</translation>
    </message>
    <message>
      <source>Your reference and the language of the international application.</source>
      <translation>Votre référence et la langue de la demande internationale.</translation>
    </message>
    <message>
      <source>Contracting Party whose Office is the Office of origin</source>
      <translation>Partie contractante dont l'Office est l'Office d'origine</translation>
    </message>
    <message>
      <source>Name and address must be the same as those of the holder of the basic mark.</source>
      <translation>Le nom et l'adresse doivent être ceux du titulaire de la marque de base.</translation>
    </message>
    <message>
      <source>Entitlement to file</source>
      <translation>Droit de déposer</translation>
    </message>
    <message>
      <source>Tick at least one: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>Cochez au moins une case : nationalité, domicile, ou établissement industriel ou commercial effectif et sérieux sur le territoire de la Partie contractante de l'Office d'origine.</translation>
    </message>
    <message>
      <source>Basic application or basic registration</source>
      <translation>Demande de base ou enregistrement de base</translation>
    </message>
    <message>
      <source>Priority claimed</source>
      <translation>Priorité revendiquée</translation>
    </message>
    <message>
      <source>The mark</source>
      <translation>La marque</translation>
    </message>
    <message>
      <source>Colour(s) claimed</source>
      <translation>Couleur(s) revendiquée(s)</translation>
    </message>
    <message>
      <source>Miscellaneous indications</source>
      <translation>Indications diverses</translation>
    </message>
    <message>
      <source>Goods and services</source>
      <translation>Produits et services</translation>
    </message>
    <message>
      <source>Designated Contracting Parties</source>
      <translation>Parties contractantes désignées</translation>
    </message>
    <message>
      <source>Signature by the applicant or the representative</source>
      <translation>Signature du déposant ou du mandataire</translation>
    </message>
    <message>
      <source>Certification and signature of the international application by the Office of origin</source>
      <translation>Certification et signature de la demande internationale par l'Office d'origine</translation>
    </message>
    <message>
      <source>Fee calculation sheet</source>
      <translation>Feuille de calcul des émoluments et taxes</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>Déposants</translation>
    </message>
    <message>
      <source>Entitlement</source>
      <translation>Droit de déposer</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Basic applications and registrations</source>
      <translation>Demandes et enregistrements de base</translation>
    </message>
    <message>
      <source>Basic mark</source>
      <translation>Marque de base</translation>
    </message>
    <message>
      <source>Priority claims</source>
      <translation>Revendications de priorité</translation>
    </message>
    <message>
      <source>Earlier filing</source>
      <translation>Dépôt antérieur</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <source>Limitations for designated Contracting Parties</source>
      <translation>Limitations pour des Parties contractantes désignées</translation>
    </message>
    <message>
      <source>Limitation</source>
      <translation>Limitation</translation>
    </message>
    <message>
      <source>Applicant's or representative's reference</source>
      <translation>Référence du déposant ou du mandataire</translation>
    </message>
    <message>
      <source>Language of the international application</source>
      <translation>Langue de la demande internationale</translation>
    </message>
    <message>
      <source>English, French or Spanish, as the Office of origin permits.</source>
      <translation>Anglais, français ou espagnol, selon ce que l'Office d'origine admet.</translation>
    </message>
    <message>
      <source>Date of the international application</source>
      <translation>Date de la demande internationale</translation>
    </message>
    <message>
      <source>The date the Office of origin receives it; used for the priority period.</source>
      <translation>La date de réception par l'Office d'origine ; sert au calcul du délai de priorité.</translation>
    </message>
    <message>
      <source>Office of origin</source>
      <translation>Office d'origine</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Country of address</source>
      <translation>Pays de l'adresse</translation>
    </message>
    <message>
      <source>Address for correspondence</source>
      <translation>Adresse pour la correspondance</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>Adresse électronique</translation>
    </message>
    <message>
      <source>Communications with the International Bureau are electronic; an e-mail address is required.</source>
      <translation>Les communications avec le Bureau international sont électroniques ; une adresse électronique est obligatoire.</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Preferred language for correspondence</source>
      <translation>Langue de correspondance souhaitée</translation>
    </message>
    <message>
      <source>Type of applicant (natural person or legal entity)</source>
      <translation>Type de déposant (personne physique ou personne morale)</translation>
    </message>
    <message>
      <source>Nationality (natural person)</source>
      <translation>Nationalité (personne physique)</translation>
    </message>
    <message>
      <source>Legal nature (legal entity)</source>
      <translation>Forme juridique (personne morale)</translation>
    </message>
    <message>
      <source>State under whose law the legal entity is organised</source>
      <translation>État selon la législation duquel la personne morale est constituée</translation>
    </message>
    <message>
      <source>State or Contracting Party</source>
      <translation>État ou Partie contractante</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Basic mark record imported from</source>
      <translation>Fiche de la marque de base importée de</translation>
    </message>
    <message>
      <source>Filled by “prefill from the basic mark”; used to check that the mark and goods stay consistent.</source>
      <translation>Rempli par « préremplir à partir de la marque de base » ; sert à vérifier que la marque et les produits restent cohérents.</translation>
    </message>
    <message>
      <source>Mark in the basic record</source>
      <translation>Marque dans la fiche de base</translation>
    </message>
    <message>
      <source>Holder in the basic record</source>
      <translation>Titulaire dans la fiche de base</translation>
    </message>
    <message>
      <source>Goods and services in the basic record (class: term)</source>
      <translation>Produits et services dans la fiche de base (classe : terme)</translation>
    </message>
    <message>
      <source>Office of the earlier filing</source>
      <translation>Office du dépôt antérieur</translation>
    </message>
    <message>
      <source>Number of the earlier filing</source>
      <translation>Numéro du dépôt antérieur</translation>
    </message>
    <message>
      <source>Date of the earlier filing</source>
      <translation>Date du dépôt antérieur</translation>
    </message>
    <message>
      <source>Goods and services covered, if not all</source>
      <translation>Produits et services visés, s'ils ne le sont pas tous</translation>
    </message>
    <message>
      <source>Verbal element of the mark</source>
      <translation>Élément verbal de la marque</translation>
    </message>
    <message>
      <source>The applicant wishes the mark to be considered a mark in standard characters</source>
      <translation>Le déposant souhaite que la marque soit considérée comme une marque en caractères standard</translation>
    </message>
    <message>
      <source>Reproduction of the mark</source>
      <translation>Reproduction de la marque</translation>
    </message>
    <message>
      <source>JPEG or PNG image of the mark, as in the basic application or registration.</source>
      <translation>Image JPEG ou PNG de la marque, telle qu'elle figure dans la demande ou l'enregistrement de base.</translation>
    </message>
    <message>
      <source>The reproduction of the mark is in colour</source>
      <translation>La reproduction de la marque est en couleur</translation>
    </message>
    <message>
      <source>Colour is claimed as a distinctive feature of the mark</source>
      <translation>La couleur est revendiquée en tant qu'élément distinctif de la marque</translation>
    </message>
    <message>
      <source>Colour or combination of colours claimed</source>
      <translation>Couleur ou combinaison de couleurs revendiquée</translation>
    </message>
    <message>
      <source>Principal parts of the mark that are in each colour</source>
      <translation>Parties principales de la marque qui sont dans chaque couleur</translation>
    </message>
    <message>
      <source>Transliteration of the mark</source>
      <translation>Translittération de la marque</translation>
    </message>
    <message>
      <source>Translation of the mark</source>
      <translation>Traduction de la marque</translation>
    </message>
    <message>
      <source>Type of mark</source>
      <translation>Type de marque</translation>
    </message>
    <message>
      <source>Description of the mark</source>
      <translation>Description de la marque</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>Désistement</translation>
    </message>
    <message>
      <source>Nice class</source>
      <translation>Classe de Nice</translation>
    </message>
    <message>
      <source>One term per line, as in the Nice Alphabetical List where possible.</source>
      <translation>Un terme par ligne, comme dans la liste alphabétique de Nice dans la mesure du possible.</translation>
    </message>
    <message>
      <source>Designated Contracting Party</source>
      <translation>Partie contractante désignée</translation>
    </message>
    <message>
      <source>Goods and services kept for this party</source>
      <translation>Produits et services maintenus pour cette Partie</translation>
    </message>
    <message>
      <source>Declaration of intention to use the mark (MM18) is annexed (United States designated)</source>
      <translation>La déclaration d'intention d'utiliser la marque (MM18) est annexée (États-Unis désignés)</translation>
    </message>
    <message>
      <source>MM18 signed by</source>
      <translation>MM18 signé par</translation>
    </message>
    <message>
      <source>Signed MM18 form</source>
      <translation>Formulaire MM18 signé</translation>
    </message>
    <message>
      <source>Name of the signatory</source>
      <translation>Nom du signataire</translation>
    </message>
    <message>
      <source>Signs as</source>
      <translation>Signe en qualité de</translation>
    </message>
    <message>
      <source>Text-string signature</source>
      <translation>Signature sous forme de chaîne de caractères</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/.</source>
      <translation>Votre nom entre barres obliques, par exemple /Jeanne Dupont/.</translation>
    </message>
    <message>
      <source>Date of signature</source>
      <translation>Date de la signature</translation>
    </message>
    <message>
      <source>Date on which the Office of origin received the request to present this application</source>
      <translation>Date à laquelle l'Office d'origine a reçu la requête en présentation de la présente demande</translation>
    </message>
    <message>
      <source>Name of the certifying official</source>
      <translation>Nom du fonctionnaire qui certifie</translation>
    </message>
    <message>
      <source>Method of payment</source>
      <translation>Mode de paiement</translation>
    </message>
    <message>
      <source>WIPO current account number</source>
      <translation>Numéro du compte courant auprès de l'OMPI</translation>
    </message>
    <message>
      <source>Payment reference</source>
      <translation>Référence du paiement</translation>
    </message>
    <message>
      <source>Name of the payer</source>
      <translation>Nom de la personne qui paie</translation>
    </message>
    <message>
      <source>Total amount paid (CHF)</source>
      <translation>Montant total payé (CHF)</translation>
    </message>
    <message>
      <source>Must equal the total of the fee calculation.</source>
      <translation>Doit être égal au total du calcul des taxes.</translation>
    </message>
    <message>
      <source>Patent application (PCT request or national)</source>
      <translation>Demande de brevet (requête PCT ou nationale)</translation>
    </message>
    <message>
      <source>International application under the PCT (request form PCT/RO/101) or a national patent application, with description, claims, abstract and drawings.</source>
      <translation>Demande internationale selon le PCT (formulaire de requête PCT/RO/101) ou demande de brevet nationale, avec description, revendications, abrégé et dessins.</translation>
    </message>
    <message>
      <source>Route, receiving Office and language</source>
      <translation>Voie, office récepteur et langue</translation>
    </message>
    <message>
      <source>Title of invention</source>
      <translation>Titre de l'invention</translation>
    </message>
    <message>
      <source>Further applicants and/or inventors</source>
      <translation>Autres déposants ou inventeurs</translation>
    </message>
    <message>
      <source>Agent or common representative; address for correspondence</source>
      <translation>Mandataire ou représentant commun ; adresse pour la correspondance</translation>
    </message>
    <message>
      <source>Designations</source>
      <translation>Désignations</translation>
    </message>
    <message>
      <source>Priority claim</source>
      <translation>Revendication de priorité</translation>
    </message>
    <message>
      <source>International Searching Authority</source>
      <translation>Administration chargée de la recherche internationale</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Déclarations</translation>
    </message>
    <message>
      <source>Check list</source>
      <translation>Bordereau</translation>
    </message>
    <message>
      <source>Signature of applicant, agent or common representative</source>
      <translation>Signature du déposant, du mandataire ou du représentant commun</translation>
    </message>
    <message>
      <source>Description, claims, abstract and drawings</source>
      <translation>Description, revendications, abrégé et dessins</translation>
    </message>
    <message>
      <source>Fee calculation and payment</source>
      <translation>Calcul et paiement des taxes</translation>
    </message>
    <message>
      <source>Inventors (who are not applicants)</source>
      <translation>Inventeurs (qui ne sont pas déposants)</translation>
    </message>
    <message>
      <source>Inventor</source>
      <translation>Inventeur</translation>
    </message>
    <message>
      <source>Earlier application</source>
      <translation>Demande antérieure</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Revendications</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Revendication</translation>
    </message>
    <message>
      <source>Drawings</source>
      <translation>Dessins</translation>
    </message>
    <message>
      <source>Drawing sheet</source>
      <translation>Feuille de dessin</translation>
    </message>
    <message>
      <source>Filing route</source>
      <translation>Voie de dépôt</translation>
    </message>
    <message>
      <source>Receiving Office</source>
      <translation>Office récepteur</translation>
    </message>
    <message>
      <source>For the PCT: the Office of a State of residence or nationality of an applicant, or the International Bureau (IB).</source>
      <translation>Pour le PCT : l'office d'un État de domicile ou de nationalité d'un déposant, ou le Bureau international (RO/IB).</translation>
    </message>
    <message>
      <source>Language of filing</source>
      <translation>Langue de dépôt</translation>
    </message>
    <message>
      <source>Applicant's or agent's file reference</source>
      <translation>Référence du dossier du déposant ou du mandataire</translation>
    </message>
    <message>
      <source>At most 12 characters on the PCT request.</source>
      <translation>Au plus 12 caractères sur la requête PCT.</translation>
    </message>
    <message>
      <source>Intended international filing date</source>
      <translation>Date de dépôt international prévue</translation>
    </message>
    <message>
      <source>Used to check the priority period; the receiving Office sets the filing date.</source>
      <translation>Sert à vérifier le délai de priorité ; l'office récepteur fixe la date de dépôt.</translation>
    </message>
    <message>
      <source>State of nationality</source>
      <translation>État de nationalité</translation>
    </message>
    <message>
      <source>State of residence</source>
      <translation>État de domicile</translation>
    </message>
    <message>
      <source>This applicant is a natural person</source>
      <translation>Ce déposant est une personne physique</translation>
    </message>
    <message>
      <source>This applicant is also an inventor</source>
      <translation>Ce déposant est aussi inventeur</translation>
    </message>
    <message>
      <source>Applicant for the purposes of</source>
      <translation>Déposant pour</translation>
    </message>
    <message>
      <source>Appointed as</source>
      <translation>Désigné en qualité de</translation>
    </message>
    <message>
      <source>Agent's registration number</source>
      <translation>Numéro d'enregistrement du mandataire</translation>
    </message>
    <message>
      <source>All PCT Contracting States are designated (Rule 4.9(a))</source>
      <translation>Tous les États contractants du PCT sont désignés (règle 4.9.a))</translation>
    </message>
    <message>
      <source>States excluded from designation (Rule 4.9(b))</source>
      <translation>États exclus de la désignation (règle 4.9.b))</translation>
    </message>
    <message>
      <source>Office of the national application (national route)</source>
      <translation>Office de la demande nationale (voie nationale)</translation>
    </message>
    <message>
      <source>Office of the earlier application</source>
      <translation>Office de la demande antérieure</translation>
    </message>
    <message>
      <source>Number of the earlier application</source>
      <translation>Numéro de la demande antérieure</translation>
    </message>
    <message>
      <source>Filing date of the earlier application</source>
      <translation>Date de dépôt de la demande antérieure</translation>
    </message>
    <message>
      <source>Kind of earlier application</source>
      <translation>Nature de la demande antérieure</translation>
    </message>
    <message>
      <source>Declaration as to the identity of the inventor (Rule 4.17(i))</source>
      <translation>Déclaration relative à l'identité de l'inventeur (règle 4.17.i))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to apply for and be granted a patent (Rule 4.17(ii))</source>
      <translation>Déclaration relative au droit du déposant de demander et d'obtenir un brevet (règle 4.17.ii))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to claim priority (Rule 4.17(iii))</source>
      <translation>Déclaration relative au droit du déposant de revendiquer la priorité (règle 4.17.iii))</translation>
    </message>
    <message>
      <source>Declaration of inventorship (Rule 4.17(iv))</source>
      <translation>Déclaration relative à la qualité d'inventeur (règle 4.17.iv))</translation>
    </message>
    <message>
      <source>Declaration as to non-prejudicial disclosures (Rule 4.17(v))</source>
      <translation>Déclaration relative à des divulgations non opposables (règle 4.17.v))</translation>
    </message>
    <message>
      <source>Sheets of the request</source>
      <translation>Feuilles de la requête</translation>
    </message>
    <message>
      <source>Sheets of the description</source>
      <translation>Feuilles de la description</translation>
    </message>
    <message>
      <source>Sheets of the claims</source>
      <translation>Feuilles des revendications</translation>
    </message>
    <message>
      <source>Sheets of the abstract</source>
      <translation>Feuilles de l'abrégé</translation>
    </message>
    <message>
      <source>Sheets of the drawings</source>
      <translation>Feuilles des dessins</translation>
    </message>
    <message>
      <source>Power of attorney</source>
      <translation>Pouvoir</translation>
    </message>
    <message>
      <source>Figure of the drawings to accompany the abstract</source>
      <translation>Figure des dessins à publier avec l'abrégé</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/ (PCT Annex F).</source>
      <translation>Votre nom entre barres obliques, par exemple /Jeanne Dupont/ (annexe F du PCT).</translation>
    </message>
    <message>
      <source>Technical field</source>
      <translation>Domaine technique</translation>
    </message>
    <message>
      <source>Background art</source>
      <translation>Technique antérieure</translation>
    </message>
    <message>
      <source>Description of the invention</source>
      <translation>Description de l'invention</translation>
    </message>
    <message>
      <source>Separate paragraphs with a blank line.</source>
      <translation>Séparez les paragraphes par une ligne vide.</translation>
    </message>
    <message>
      <source>Brief description of the drawings</source>
      <translation>Brève description des dessins</translation>
    </message>
    <message>
      <source>Claim number</source>
      <translation>Numéro de la revendication</translation>
    </message>
    <message>
      <source>Claim text</source>
      <translation>Texte de la revendication</translation>
    </message>
    <message>
      <source>Abstract</source>
      <translation>Abrégé</translation>
    </message>
    <message>
      <source>Preferably 50 to 150 words (PCT Rule 8.1(b)).</source>
      <translation>De préférence 50 à 150 mots (règle 8.1.b) du PCT).</translation>
    </message>
    <message>
      <source>Drawing file</source>
      <translation>Fichier du dessin</translation>
    </message>
    <message>
      <source>Figure label</source>
      <translation>Légende de la figure</translation>
    </message>
    <message>
      <source>Sequence listing (WIPO ST.26 XML)</source>
      <translation>Listage des séquences (XML ST.26 de l'OMPI)</translation>
    </message>
    <message>
      <source>Suggested IPC symbols</source>
      <translation>Symboles CIB proposés</translation>
    </message>
    <message>
      <source>For example A61K 31/00.</source>
      <translation>Par exemple A61K 31/00.</translation>
    </message>
    <message>
      <source>Electronic filing format (for the fee reduction)</source>
      <translation>Format de dépôt électronique (pour la réduction de taxe)</translation>
    </message>
    <message>
      <source>Deposit or current account number</source>
      <translation>Numéro du compte de dépôt ou du compte courant</translation>
    </message>
    <message>
      <source>Name of the payer (card holder)</source>
      <translation>Nom de la personne qui paie (titulaire de la carte)</translation>
    </message>
    <message>
      <source>Payment by {method} needs {label}.</source>
      <translation>Le paiement par {method} exige : {label}.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be the Office of origin.</source>
      <translation>{code} n'est pas Partie contractante du Protocole de Madrid et ne peut pas être l'Office d'origine.</translation>
    </message>
    <message>
      <source>The entitlement State {state} does not match the Office of origin {origin}.</source>
      <translation>L'État {state} invoqué pour le droit de déposer ne correspond pas à l'Office d'origine {origin}.</translation>
    </message>
    <message>
      <source>Designate at least one Contracting Party.</source>
      <translation>Désignez au moins une Partie contractante.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be designated.</source>
      <translation>{code} n'est pas Partie contractante du Protocole de Madrid et ne peut pas être désignée.</translation>
    </message>
    <message>
      <source>The Contracting Party of the Office of origin ({code}) cannot be designated.</source>
      <translation>La Partie contractante de l'Office d'origine ({code}) ne peut pas être désignée.</translation>
    </message>
    <message>
      <source>Class {class} does not exist: Nice classes are 1 to 45.</source>
      <translation>La classe {class} n'existe pas : les classes de Nice vont de 1 à 45.</translation>
    </message>
    <message>
      <source>Class {class} lists no goods or services.</source>
      <translation>La classe {class} ne contient aucun produit ni service.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the International Bureau may object to it.</source>
      <translation>« {term} » ne figure pas dans la liste de Nice pour la classe {class} ; le Bureau international pourrait le contester.</translation>
    </message>
    <message>
      <source>Colour is claimed but the reproduction of the mark is not in colour.</source>
      <translation>La couleur est revendiquée mais la reproduction de la marque n'est pas en couleur.</translation>
    </message>
    <message>
      <source>The United States is designated: annex the declaration of intention to use the mark (MM18).</source>
      <translation>Les États-Unis sont désignés : joignez la déclaration d'intention d'utiliser la marque (MM18).</translation>
    </message>
    <message>
      <source>Priority from {date} can only be claimed until {deadline} (six months).</source>
      <translation>La priorité du {date} ne peut être revendiquée que jusqu'au {deadline} (six mois).</translation>
    </message>
    <message>
      <source>Give the basic application or registration on which the international application is based.</source>
      <translation>Indiquez la demande ou l'enregistrement de base sur lequel repose la demande internationale.</translation>
    </message>
    <message>
      <source>Give the date of the international application (the date the Office of origin receives it).</source>
      <translation>Indiquez la date de la demande internationale (la date de sa réception par l'Office d'origine).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) is not covered by the basic mark.</source>
      <translation>« {term} » (classe {class}) n'est pas couvert par la marque de base.</translation>
    </message>
    <message>
      <source>The Office of origin {origin} accepts international applications in {allowed}, not {language}.</source>
      <translation>L'Office d'origine {origin} accepte les demandes internationales en {allowed}, pas en {language}.</translation>
    </message>
    <message>
      <source>The total declared ({declared} {currency}) differs from the fees computed: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>Le total déclaré ({declared} {currency}) diffère des taxes calculées : {total} {currency} (taxes valables au {valid_as_of}).</translation>
    </message>
    <message>
      <source>A word mark consists of its text only: give the verbal element and no image ({label}).</source>
      <translation>Une marque verbale se compose uniquement de son texte : indiquez l'élément verbal et aucune image ({label}).</translation>
    </message>
    <message>
      <source>This type of mark needs a representation file ({label}).</source>
      <translation>Ce type de marque exige un fichier de représentation ({label}).</translation>
    </message>
    <message>
      <source>{office} accepts {allowed} for a {type} mark, not {format}.</source>
      <translation>{office} accepte {allowed} pour une marque de type {type}, pas {format}.</translation>
    </message>
    <message>
      <source>The file is {size} bytes; {office} accepts at most {max} bytes.</source>
      <translation>Le fichier fait {size} octets ; {office} accepte au plus {max} octets.</translation>
    </message>
    <message>
      <source>Colour is claimed: name the colours and where they appear.</source>
      <translation>La couleur est revendiquée : indiquez les couleurs et où elles apparaissent.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the office may object to it.</source>
      <translation>« {term} » ne figure pas dans la liste de Nice pour la classe {class} ; l'office pourrait le contester.</translation>
    </message>
    <message>
      <source>{office} accepts a reference of at most {max} characters without spaces.</source>
      <translation>{office} accepte une référence d'au plus {max} caractères hors espaces.</translation>
    </message>
    <message>
      <source>RO/{ro} is not competent: no applicant is a national or resident of {ro} (applicants: {states}). File with RO/IB or the Office of an applicant's State.</source>
      <translation>L'office RO/{ro} n'est pas compétent : aucun déposant n'est ressortissant ou domicilié en {ro} (déposants : {states}). Déposez auprès de RO/IB ou de l'office de l'État d'un déposant.</translation>
    </message>
    <message>
      <source>The earlier application of {date} is more than 14 months before {filed}: the priority claim is void (the priority period ended {deadline}).</source>
      <translation>La demande antérieure du {date} précède de plus de 14 mois le {filed} : la revendication de priorité est nulle (le délai de priorité a expiré le {deadline}).</translation>
    </message>
    <message>
      <source>The priority period ended on {deadline}: request restoration of the right of priority (possible until {window}).</source>
      <translation>Le délai de priorité a expiré le {deadline} : demandez la restauration du droit de priorité (possible jusqu'au {window}).</translation>
    </message>
    <message>
      <source>The abstract has {words} words; it should preferably have {min} to {max}.</source>
      <translation>L'abrégé compte {words} mots ; il devrait de préférence en compter de {min} à {max}.</translation>
    </message>
    <message>
      <source>The application needs at least one claim.</source>
      <translation>La demande doit comporter au moins une revendication.</translation>
    </message>
    <message>
      <source>Claim {number} should be numbered {expected}: claims are numbered consecutively in Arabic numerals.</source>
      <translation>La revendication {number} devrait porter le numéro {expected} : les revendications sont numérotées consécutivement en chiffres arabes.</translation>
    </message>
    <message>
      <source>Give the title of the invention (box I).</source>
      <translation>Indiquez le titre de l'invention (cadre n° I).</translation>
    </message>
    <message>
      <source>The file reference has {length} characters; the PCT request allows at most {max}.</source>
      <translation>La référence du dossier compte {length} caractères ; la requête PCT en admet au plus {max}.</translation>
    </message>
    <message>
      <source>Give the nationality and the residence of every applicant ({name}).</source>
      <translation>Indiquez la nationalité et le domicile de chaque déposant ({name}).</translation>
    </message>
    <message>
      <source>{states} requires the inventors to be named: mark applicants who are inventors or add the inventors (box III).</source>
      <translation>{states} exige que les inventeurs soient nommés : indiquez les déposants qui sont inventeurs ou ajoutez les inventeurs (cadre n° III).</translation>
    </message>
    <message>
      <source>The sequence listing {name} is not WIPO ST.26 XML (root element: {root}).</source>
      <translation>Le listage des séquences {name} n'est pas au format XML ST.26 de l'OMPI (élément racine : {root}).</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX).</source>
      <translation>Indiquez le nombre de feuilles de chaque partie (cadre n° IX).</translation>
    </message>
    <message>
      <source>{symbol} is not a well-formed IPC symbol (for example A61K 31/00).</source>
      <translation>{symbol} n'est pas un symbole CIB bien formé (par exemple A61K 31/00).</translation>
    </message>
    <message>
      <source>National trademark application</source>
      <translation>Demande nationale de marque</translation>
    </message>
    <message>
      <source>Application for registration of a trademark at a national or regional office.</source>
      <translation>Demande d'enregistrement d'une marque auprès d'un office national ou régional.</translation>
    </message>
    <message>
      <source>Office and language</source>
      <translation>Office et langue</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Fees and payment</source>
      <translation>Taxes et paiement</translation>
    </message>
    <message>
      <source>Office of filing</source>
      <translation>Office de dépôt</translation>
    </message>
    <message>
      <source>Two-letter language code, for example en.</source>
      <translation>Code de langue à deux lettres, par exemple fr.</translation>
    </message>
    <message>
      <source>Applicant's reference</source>
      <translation>Référence du déposant</translation>
    </message>
    <message>
      <source>Intended filing date</source>
      <translation>Date de dépôt prévue</translation>
    </message>
    <message>
      <source>Used for the priority period; the office sets the official filing date.</source>
      <translation>Sert au délai de priorité ; l'office fixe la date de dépôt officielle.</translation>
    </message>
    <message>
      <source>Filing basis</source>
      <translation>Base du dépôt</translation>
    </message>
    <message>
      <source>Required by some offices (United States).</source>
      <translation>Exigée par certains offices (États-Unis).</translation>
    </message>
    <message>
      <source>Legal form (legal entity)</source>
      <translation>Forme juridique (personne morale)</translation>
    </message>
    <message>
      <source>State of incorporation (legal entity)</source>
      <translation>État de constitution (personne morale)</translation>
    </message>
    <message>
      <source>Verbal element</source>
      <translation>Élément verbal</translation>
    </message>
    <message>
      <source>The words of the mark exactly as they are to be registered.</source>
      <translation>Les mots de la marque exactement tels qu'ils doivent être enregistrés.</translation>
    </message>
    <message>
      <source>Standard characters (no particular font, style or colour)</source>
      <translation>Caractères standard (sans police, style ni couleur particuliers)</translation>
    </message>
    <message>
      <source>Representation of the mark</source>
      <translation>Représentation de la marque</translation>
    </message>
    <message>
      <source>Image (or sound/video file) as the office accepts for this type of mark.</source>
      <translation>Image (ou fichier son/vidéo) telle que l'office l'accepte pour ce type de marque.</translation>
    </message>
    <message>
      <source>Colour is claimed</source>
      <translation>La couleur est revendiquée</translation>
    </message>
    <message>
      <source>Colours claimed and where they appear</source>
      <translation>Couleurs revendiquées et où elles apparaissent</translation>
    </message>
    <message>
      <source>Transliteration</source>
      <translation>Translittération</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Traduction</translation>
    </message>
    <message>
      <source>Deposit account number</source>
      <translation>Numéro du compte de dépôt</translation>
    </message>
    <message>
      <source>Total amount paid</source>
      <translation>Montant total payé</translation>
    </message>
    <message>
      <source>The total of the fee quote, in the office's currency.</source>
      <translation>Le total du devis des taxes, dans la monnaie de l'office.</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Phrase secrète : </translation>
    </message>
    <message>
      <source>No keys yet; create one with 'filingassist keys new --name "Your Name"'.</source>
      <translation>Aucune clé pour l'instant ; créez-en une avec 'filingassist keys new --name "Votre nom"'.</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>de confiance</translation>
    </message>
    <message>
      <source>integrity only, no trust anchor given</source>
      <translation>intégrité seulement, aucune ancre de confiance fournie</translation>
    </message>
    <message>
      <source>OK: the package is sound.</source>
      <translation>OK : le paquet est intact.</translation>
    </message>
    <message>
      <source>Repeat passphrase: </source>
      <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
      <source>NOT OK: {count} problem(s).</source>
      <translation>PAS OK : {count} problème(s).</translation>
    </message>
    <message>
      <source>Expected text.</source>
      <translation>Texte attendu.</translation>
    </message>
    <message>
      <source>Line breaks are not allowed here.</source>
      <translation>Les retours à la ligne ne sont pas admis ici.</translation>
    </message>
    <message>
      <source>Not a valid e-mail address.</source>
      <translation>Adresse électronique non valable.</translation>
    </message>
    <message>
      <source>Expected a date (YYYY-MM-DD).</source>
      <translation>Date attendue (AAAA-MM-JJ).</translation>
    </message>
    <message>
      <source>Expected yes or no.</source>
      <translation>Oui ou non attendu.</translation>
    </message>
    <message>
      <source>Expected a whole number.</source>
      <translation>Nombre entier attendu.</translation>
    </message>
    <message>
      <source>Expected a list of texts.</source>
      <translation>Liste de textes attendue.</translation>
    </message>
    <message>
      <source>Expected an attached file.</source>
      <translation>Fichier joint attendu.</translation>
    </message>
    <message>
      <source>The attached file has no valid SHA-256 digest.</source>
      <translation>Le fichier joint n'a pas d'empreinte SHA-256 valable.</translation>
    </message>
    <message>
      <source>The attached file has no name.</source>
      <translation>Le fichier joint n'a pas de nom.</translation>
    </message>
    <message>
      <source>The attached file has no size or media type.</source>
      <translation>Le fichier joint n'a pas de taille ni de type de média.</translation>
    </message>
    <message>
      <source>Name the colour or colours claimed.</source>
      <translation>Indiquez la ou les couleurs revendiquées.</translation>
    </message>
    <message>
      <source>The mark must be the same as the basic mark “{basic}”.</source>
      <translation>La marque doit être identique à la marque de base « {basic} ».</translation>
    </message>
    <message>
      <source>The applicant must be the holder of the basic mark ({basic}).</source>
      <translation>Le déposant doit être le titulaire de la marque de base ({basic}).</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>Indiquez le total du calcul des taxes : {total} {currency} (taxes valables au {valid_as_of}).</translation>
    </message>
    <message>
      <source>The reproduction is in colour: claim the colour (item 8) or file a black-and-white reproduction.</source>
      <translation>La reproduction est en couleur : revendiquez la couleur (rubrique 8) ou déposez une reproduction en noir et blanc.</translation>
    </message>
    <message>
      <source>Say who signed the MM18 declaration, or attach it.</source>
      <translation>Indiquez qui a signé la déclaration MM18, ou joignez-la.</translation>
    </message>
    <message>
      <source>The basic mark's date ({date}) is after the international application ({filed}).</source>
      <translation>La date de la marque de base ({date}) est postérieure à la demande internationale ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is not in the basic mark.</source>
      <translation>La classe {class} ne figure pas dans la marque de base.</translation>
    </message>
    <message>
      <source>{code} is designated more than once.</source>
      <translation>{code} est désigné plus d'une fois.</translation>
    </message>
    <message>
      <source>Give the number and date of the basic application or registration.</source>
      <translation>Indiquez le numéro et la date de la demande ou de l'enregistrement de base.</translation>
    </message>
    <message>
      <source>“{term}” belongs to class {other}, not class {class}.</source>
      <translation>« {term} » relève de la classe {other}, pas de la classe {class}.</translation>
    </message>
    <message>
      <source>The earlier filing ({date}) cannot be later than this application ({filed}).</source>
      <translation>Le dépôt antérieur ({date}) ne peut pas être postérieur à la présente demande ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is listed more than once; list its terms under one entry.</source>
      <translation>La classe {class} figure plus d'une fois ; regroupez ses termes sous une seule entrée.</translation>
    </message>
    <message>
      <source>Remove the empty term from class {class}.</source>
      <translation>Supprimez le terme vide de la classe {class}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}.</source>
      <translation>{sheets} feuilles : la taxe par feuille est due pour les {extra} feuilles au-delà de {free}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount} {currency}).</source>
      <translation>{sheets} feuilles : la taxe par feuille est due pour les {extra} feuilles au-delà de {free} ({amount} {currency}).</translation>
    </message>
    <message>
      <source>The sequence listing must be a WIPO ST.26 XML file, not {name}.</source>
      <translation>Le listage des séquences doit être un fichier XML ST.26 de l'OMPI, pas {name}.</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX); they determine the fees.</source>
      <translation>Indiquez le nombre de feuilles de chaque partie (cadre n° IX) ; il détermine les taxes.</translation>
    </message>
    <message>
      <source>The earlier application ({date}) cannot be later than the international filing date ({filed}).</source>
      <translation>La demande antérieure ({date}) ne peut pas être postérieure à la date de dépôt international ({filed}).</translation>
    </message>
    <message>
      <source>Say how the fees will be paid.</source>
      <translation>Indiquez comment les taxes seront payées.</translation>
    </message>
    <message>
      <source>The image is {width}×{height} pixels; each side should be {min}-{max} pixels.</source>
      <translation>L'image mesure {width}×{height} pixels ; chaque côté devrait mesurer de {min} à {max} pixels.</translation>
    </message>
    <message>
      <source>A word mark cannot claim colour; choose a figurative or combined mark.</source>
      <translation>Une marque verbale ne peut pas revendiquer de couleur ; choisissez une marque figurative ou combinée.</translation>
    </message>
    <message>
      <source>{label} is longer than {max} characters.</source>
      <translation>{label} dépasse {max} caractères.</translation>
    </message>
    <message>
      <source>{value} is not a valid choice for {label}.</source>
      <translation>{value} n'est pas un choix valable pour {label}.</translation>
    </message>
    <message>
      <source>{label}: files of type {type} are not accepted.</source>
      <translation>{label} : les fichiers de type {type} ne sont pas acceptés.</translation>
    </message>
    <message>
      <source>{label}: expected a list.</source>
      <translation>{label} : liste attendue.</translation>
    </message>
    <message>
      <source>At least {min} of {label} needed.</source>
      <translation>Au moins {min} requis pour {label}.</translation>
    </message>
    <message>
      <source>At most {max} of {label} allowed.</source>
      <translation>Au plus {max} admis pour {label}.</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label} : champ obligatoire.</translation>
    </message>
    <message>
      <source>{label} must be at least {min}.</source>
      <translation>{label} doit être au moins {min}.</translation>
    </message>
    <message>
      <source>{label} must be at most {max}.</source>
      <translation>{label} doit être au plus {max}.</translation>
    </message>
    <!-- branch: reliability -->
    <message>
      <source>claimed by the signer</source>
      <translation>déclarée par le signataire</translation>
    </message>
    <!-- branch: printouts -->
    <message>
      <source>Applicant(s)</source>
      <translation>Déposant(s)</translation>
    </message>
    <message>
      <source>Box No. {box}</source>
      <translation>Cadre n° {box}</translation>
    </message>
    <message>
      <source>Fees paid</source>
      <translation>Taxes payées</translation>
    </message>
    <message>
      <source>Filing date and time</source>
      <translation>Date et heure de dépôt</translation>
    </message>
    <message>
      <source>Item {item}</source>
      <translation>Rubrique {item}</translation>
    </message>
    <message>
      <source>Kind of application</source>
      <translation>Type de demande</translation>
    </message>
    <message>
      <source>Mark</source>
      <translation>Marque</translation>
    </message>
    <message>
      <source>Not filled in.</source>
      <translation>Non rempli.</translation>
    </message>
    <message>
      <source>Not included (not in the fee table): {items}</source>
      <translation>Non compris (absent du barème) : {items}</translation>
    </message>
    <message>
      <source>Not signed yet: this summary is not a filing.</source>
      <translation>Pas encore signé : ce récapitulatif n’est pas un dépôt.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <source>Receipt for a response</source>
      <translation>Accusé de réception d’une réponse</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>The fees cannot be calculated until the application says what they depend on.</source>
      <translation>Les taxes ne peuvent pas être calculées tant que la demande n’indique pas les éléments dont elles dépendent.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt could not be verified: do not rely on this printout; ask the office.</source>
      <translation>La signature de l’office sur cet accusé de réception n’a pas pu être vérifiée : ne vous fiez pas à ce document ; adressez-vous à l’office.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt was verified with the office's certificate (SHA-256 fingerprint {fingerprint}).</source>
      <translation>La signature de l’office sur cet accusé de réception a été vérifiée avec le certificat de l’office (empreinte SHA-256 {fingerprint}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Something went wrong and the action was stopped. Your saved work is safe.</source>
      <translation>Une erreur s’est produite et l’action a été interrompue. Votre travail enregistré est intact.</translation>
    </message>
    <message>
      <source>The details are in the log file: {path}</source>
      <translation>Les détails se trouvent dans le fichier journal : {path}</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>(à confirmer)</translation>
    </message>
    <message>
      <source>Fee data out of date</source>
      <translation>Données de taxes périmées</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({days} days old), review by {review}</source>
      <translation>Données de taxes : {table} lue le {date} (il y a {days} jours), à revoir avant le {review}</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({days} days old); review by {review}</source>
      <translation>Barème {version}, en vigueur depuis le {effective}, lu le {date} (il y a {days} jours) ; à revoir avant le {review}</translation>
    </message>
    <message>
      <source>Not signed: the fee data is out of date.</source>
      <translation>Non signé : les données de taxes sont périmées.</translation>
    </message>
    <message>
      <source>Reduction under item 5</source>
      <translation>Réduction selon le point 5</translation>
    </message>
    <message>
      <source>The fee quote rests on {count} figure(s) still to be confirmed: {items}. Check them at the source before paying.</source>
      <translation>Le calcul des taxes repose sur {count} montant(s) encore à confirmer : {items}. Vérifiez-les à la source avant de payer.</translation>
    </message>
    <message>
      <source>The fee quote uses {table} {version}, past its review date {review_date} (read {valid_as_of}): check the official fees before paying.</source>
      <translation>Le calcul des taxes utilise {table} {version}, dont la date de révision {review_date} est dépassée (lu le {valid_as_of}) : vérifiez les taxes officielles avant de payer.</translation>
    </message>
    <message>
      <source>The fee table {tables} is past its review date: the fees may have changed. Sign anyway?</source>
      <translation>Le barème {tables} a dépassé sa date de révision : les taxes ont pu changer. Signer quand même ?</translation>
    </message>
    <message>
      <source>Warning: fee table {table} is past its review date {review}: check the official fees before paying.</source>
      <translation>Attention : le barème {table} a dépassé sa date de révision {review} : vérifiez les taxes officielles avant de payer.</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({days} days old): check the fees before paying</source>
      <translation>Attention : {table} a dépassé sa date de révision {review} (il y a {days} jours) : vérifiez les taxes avant de payer</translation>
    </message>
    <message>
      <source>{days} days old</source>
      <translation>il y a {days} jours</translation>
    </message>
    <message>
      <source>Fee data {days} days old</source>
      <translation>Données de taxes : il y a {days} jours</translation>
    </message>
    <message>
      <source>desktop build</source>
      <translation>version de bureau</translation>
    </message>
    <message>
      <source>installed package</source>
      <translation>paquet installé</translation>
    </message>
    <message>
      <source>shipped with the program</source>
      <translation>fourni avec le programme</translation>
    </message>
    <message>
      <source>installed from a data pack</source>
      <translation>installé depuis un paquet de données</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>About Filing Assistant</source>
      <translation>À propos de l’Assistant de dépôt</translation>
    </message>
    <message>
      <source>Check for updates</source>
      <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Update address:</source>
      <translation>Adresse des mises à jour :</translation>
    </message>
    <message>
      <source>Enter the address of an update index first.</source>
      <translation>Saisissez d’abord l’adresse d’un index de mises à jour.</translation>
    </message>
    <message>
      <source>Up to date: no newer program or reference data.</source>
      <translation>À jour : aucun programme ni aucune donnée de référence plus récents.</translation>
    </message>
    <message>
      <source>Could not check for updates: {error}</source>
      <translation>Impossible de rechercher des mises à jour : {error}</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation>{days} jours</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>Valid as of</source>
      <translation>Valable au</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Provenance</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Ancienneté</translation>
    </message>
    <message>
      <source>Schemas and formats</source>
      <translation>Schémas et formats</translation>
    </message>
    <message>
      <source>Program {version} is available.</source>
      <translation>La version {version} du programme est disponible.</translation>
    </message>
    <message>
      <source>Newer reference data: {tables}.</source>
      <translation>Données de référence plus récentes : {tables}.</translation>
    </message>
    <message>
      <source>{days} days: older than a year, check for an update</source>
      <translation>{days} jours : plus d’un an, recherchez une mise à jour</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Composant</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Données de référence</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>Same row as row {row}; it is imported once.</source>
      <translation>Même ligne que la ligne {row} ; elle n'est importée qu'une fois.</translation>
    </message>
    <message>
      <source>Already imported as draft {draft}.</source>
      <translation>Déjà importée comme brouillon {draft}.</translation>
    </message>
    <message>
      <source>Write yes or no (got {text}).</source>
      <translation>Écrivez oui (yes) ou non (no) (lu : {text}).</translation>
    </message>
    <message>
      <source>Not a whole number (got {text}).</source>
      <translation>Ce n'est pas un nombre entier (lu : {text}).</translation>
    </message>
    <message>
      <source>Give the file's path relative to the sheet's folder.</source>
      <translation>Indiquez le chemin du fichier relatif au dossier du tableau.</translation>
    </message>
    <message>
      <source>Write each class as 'class: term; term', e.g. '9: software'; got {text}.</source>
      <translation>Écrivez chaque classe sous la forme « classe: terme; terme », p. ex. « 9: software » ; lu : {text}.</translation>
    </message>
    <message>
      <source>No file {name} in the sheet's folder.</source>
      <translation>Aucun fichier {name} dans le dossier du tableau.</translation>
    </message>
    <message>
      <source>The file {name} is larger than {limit} bytes.</source>
      <translation>Le fichier {name} dépasse {limit} octets.</translation>
    </message>
    <message>
      <source>Cannot read the file {name}.</source>
      <translation>Impossible de lire le fichier {name}.</translation>
    </message>
    <message>
      <source>{count} value(s) separated by |, but the group has {items} item(s).</source>
      <translation>{count} valeur(s) séparée(s) par |, mais le groupe a {items} élément(s).</translation>
    </message>
    <message>
      <source>Date as YYYY-MM-DD.</source>
      <translation>Date au format AAAA-MM-JJ (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>yes or no.</source>
      <translation>yes (oui) ou no (non).</translation>
    </message>
    <message>
      <source>A whole number.</source>
      <translation>Un nombre entier.</translation>
    </message>
    <message>
      <source>Several values separated by ;</source>
      <translation>Plusieurs valeurs séparées par ;</translation>
    </message>
    <message>
      <source>Path of the file, relative to the sheet's folder.</source>
      <translation>Chemin du fichier, relatif au dossier du tableau.</translation>
    </message>
    <message>
      <source>Two-letter country code (ISO 3166), e.g. CH.</source>
      <translation>Code pays à deux lettres (ISO 3166), p. ex. CH.</translation>
    </message>
    <message>
      <source>One of: {choices}</source>
      <translation>L'une des valeurs : {choices}</translation>
    </message>
    <message>
      <source>Class, colon, terms separated by ;, classes separated by |</source>
      <translation>Classe, deux-points, termes séparés par ;, classes séparées par |</translation>
    </message>
    <message>
      <source>One value per item, separated by |</source>
      <translation>Une valeur par élément, séparées par |</translation>
    </message>
    <message>
      <source>Client reference</source>
      <translation>Référence client</translation>
    </message>
    <message>
      <source>Your client's reference (fee totals).</source>
      <translation>La référence de votre client (totaux des taxes).</translation>
    </message>
    <message>
      <source>Row id</source>
      <translation>Identifiant de ligne</translation>
    </message>
    <message>
      <source>Your id for this row: re-importing it never duplicates.</source>
      <translation>Votre identifiant pour cette ligne : la réimporter ne crée jamais de doublon.</translation>
    </message>
    <message>
      <source>The check {code} could not run on this application; it has not been verified.</source>
      <translation>La vérification {code} n'a pas pu s'exécuter sur cette demande ; ce point n'a pas été vérifié.</translation>
    </message>
    <message>
      <source>Seniority claims (MM17, European Union designated)</source>
      <translation>Revendications d'ancienneté (MM17, Union européenne désignée)</translation>
    </message>
    <message>
      <source>Earlier mark</source>
      <translation>Marque antérieure</translation>
    </message>
    <message>
      <source>Applicant (number in item 2)</source>
      <translation>Déposant (numéro à la rubrique 2)</translation>
    </message>
    <message>
      <source>Each applicant must be entitled; give one ground or more for every applicant.</source>
      <translation>Chaque déposant doit remplir les conditions ; indiquez au moins un motif pour chaque déposant.</translation>
    </message>
    <message>
      <source>Domicile or establishment in the territory of the Office of origin (item 3(b))</source>
      <translation>Domicile ou établissement sur le territoire de l'Office d'origine (rubrique 3.b))</translation>
    </message>
    <message>
      <source>Only where the address above is not in the territory of the Contracting Party of the Office of origin.</source>
      <translation>Uniquement si l'adresse ci-dessus n'est pas sur le territoire de la Partie contractante de l'Office d'origine.</translation>
    </message>
    <message>
      <source>Leave empty when the priority covers all the goods and services.</source>
      <translation>Laissez vide si la priorité couvre tous les produits et services.</translation>
    </message>
    <message>
      <source>The mark consists exclusively of a colour or a combination of colours as such, without any figurative element</source>
      <translation>La marque est constituée exclusivement d'une couleur ou d'une combinaison de couleurs en tant que telles, sans élément figuratif</translation>
    </message>
    <message>
      <source>Collective mark, certification mark or guarantee mark</source>
      <translation>Marque collective, marque de certification ou marque de garantie</translation>
    </message>
    <message>
      <source>Three-dimensional mark</source>
      <translation>Marque tridimensionnelle</translation>
    </message>
    <message>
      <source>Sound mark</source>
      <translation>Marque sonore</translation>
    </message>
    <message>
      <source>Other type of mark</source>
      <translation>Autre type de marque</translation>
    </message>
    <message>
      <source>Describe the mark in the description of the mark.</source>
      <translation>Décrivez la marque dans la description de la marque.</translation>
    </message>
    <message>
      <source>The verbal element cannot be translated</source>
      <translation>L'élément verbal ne peut pas être traduit</translation>
    </message>
    <message>
      <source>Second language (European Union designated)</source>
      <translation>Deuxième langue (Union européenne désignée)</translation>
    </message>
    <message>
      <source>A language of the EUIPO other than the language of the international application.</source>
      <translation>Une langue de l'EUIPO autre que la langue de la demande internationale.</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Allemand</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>Italien</translation>
    </message>
    <message>
      <source>Member State in or for which the earlier mark is registered</source>
      <translation>État membre dans lequel ou pour lequel la marque antérieure est enregistrée</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>Numéro d'enregistrement</translation>
    </message>
    <message>
      <source>Date of registration</source>
      <translation>Date d'enregistrement</translation>
    </message>
    <message>
      <source>Filing date of the earlier mark</source>
      <translation>Date de dépôt de la marque antérieure</translation>
    </message>
    <message>
      <source>Goods and services for which seniority is claimed, if not all</source>
      <translation>Produits et services pour lesquels l'ancienneté est revendiquée, s'ils ne sont pas tous concernés</translation>
    </message>
    <message>
      <source>The date of the international application; used for the priority period.</source>
      <translation>La date de la demande internationale ; elle sert au calcul du délai de priorité.</translation>
    </message>
    <message>
      <source>DAS access code of the priority document</source>
      <translation>Code d'accès DAS du document de priorité</translation>
    </message>
    <message>
      <source>Lets the International Bureau retrieve the priority document from the WIPO Digital Access Service (Rule 17.1(b-bis)).</source>
      <translation>Permet au Bureau international d'obtenir le document de priorité auprès du service d'accès numérique de l'OMPI (règle 17.1.b-bis)).</translation>
    </message>
    <message>
      <source>Language of the translation for the international search</source>
      <translation>Langue de la traduction aux fins de la recherche internationale</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language (ISO 639-1 code) is furnished.</source>
      <translation>Uniquement si l'ISA ne fait pas de recherche dans la langue de dépôt (règle 12.3) : une traduction dans cette langue (code ISO 639-1) est remise.</translation>
    </message>
    <message>
      <source>{name} is not a {type} file: its content does not match its type.</source>
      <translation>{name} n'est pas un fichier {type} : son contenu ne correspond pas à son type.</translation>
    </message>
    <message>
      <source>Give the mark: a reproduction of it or its verbal element in standard characters.</source>
      <translation>Indiquez la marque : une reproduction ou son élément verbal en caractères standard.</translation>
    </message>
    <message>
      <source>The European Union is designated: give a second language, one of {allowed}.</source>
      <translation>L'Union européenne est désignée : indiquez une deuxième langue parmi {allowed}.</translation>
    </message>
    <message>
      <source>Seniority (MM17) can only be claimed when the European Union is designated.</source>
      <translation>L'ancienneté (MM17) ne peut être revendiquée que si l'Union européenne est désignée.</translation>
    </message>
    <message>
      <source>A representative is appointed: give the representative's e-mail address ({label}).</source>
      <translation>Un mandataire est constitué : indiquez l'adresse électronique du mandataire ({label}).</translation>
    </message>
    <message>
      <source>{email} is also the e-mail of the representative or of another applicant: each applicant gives an own address.</source>
      <translation>{email} est aussi l'adresse du mandataire ou d'un autre déposant : chaque déposant indique sa propre adresse.</translation>
    </message>
    <message>
      <source>Applicant {n} ({name}) has no ground of entitlement: give at least one in item 3.</source>
      <translation>Le déposant {n} ({name}) n'a aucun motif de légitimation : indiquez-en au moins un à la rubrique 3.</translation>
    </message>
    <message>
      <source>The address of {name} is in {country}, outside {origin}: give the domicile or establishment in {origin} (item 3(b)).</source>
      <translation>L'adresse de {name} est en {country}, hors de {origin} : indiquez le domicile ou l'établissement en {origin} (rubrique 3.b)).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) uses “{words}”: the International Bureau finds such wording vague; list the goods or services precisely.</source>
      <translation>« {term} » (classe {class}) emploie « {words} » : le Bureau international juge ce libellé vague ; énumérez les produits ou services avec précision.</translation>
    </message>
    <message>
      <source>Choose the International Searching Authority (box VII).</source>
      <translation>Choisissez l'administration chargée de la recherche internationale (cadre VII).</translation>
    </message>
    <message>
      <source>ISA/{isa} is not competent for applications filed with RO/{ro}; choose one of {allowed} ({as_of}).</source>
      <translation>L'ISA/{isa} n'est pas compétente pour les demandes déposées auprès du RO/{ro} ; choisissez parmi {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>RO/{ro} does not accept international applications in {language}; it accepts {allowed} ({as_of}).</source>
      <translation>Le RO/{ro} n'accepte pas de demandes internationales en {language} ; il accepte {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>ISA/{isa} does not search in {language}: give the language of the translation for the search, one of {allowed} ({as_of}).</source>
      <translation>L'ISA/{isa} ne fait pas de recherche en {language} : indiquez la langue de la traduction aux fins de la recherche, parmi {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The application refers to drawings ({where}) but none is attached.</source>
      <translation>La demande fait référence à des dessins ({where}) mais aucun n'est joint.</translation>
    </message>
    <message>
      <source>The file reference {reference} may only contain Latin letters and Arabic numerals, with hyphens between them.</source>
      <translation>La référence du dossier {reference} ne peut contenir que des lettres latines et des chiffres arabes, avec des traits d'union entre eux.</translation>
    </message>
    <message>
      <source>{state} cannot be excluded in box V: only {allowed} can (Rule 4.9(b)); withdraw another designation by a notice under Rule 90bis.2.</source>
      <translation>{state} ne peut pas être exclu dans le cadre V : seuls {allowed} le peuvent (règle 4.9.b)) ; retirez une autre désignation par une déclaration selon la règle 90bis.2.</translation>
    </message>
    <message>
      <source>RO/{ro} does not restore the right of priority (Rule 26bis.3(j)); file with RO/IB to request restoration ({as_of}).</source>
      <translation>Le RO/{ro} ne restaure pas le droit de priorité (règle 26bis.3.j)) ; déposez auprès du RO/IB pour demander la restauration ({as_of}).</translation>
    </message>
    <message>
      <source>{name}: the image header is damaged (no valid width and height).</source>
      <translation>{name} : l'en-tête de l'image est endommagé (largeur et hauteur non valides).</translation>
    </message>
    <message>
      <source>{name}: the image data does not match the size its header declares.</source>
      <translation>{name} : les données de l'image ne correspondent pas à la taille déclarée dans son en-tête.</translation>
    </message>
    <message>
      <source>{name} is incomplete: the file ends before its last part.</source>
      <translation>{name} est incomplet : le fichier s'arrête avant sa dernière partie.</translation>
    </message>
    <message>
      <source>Attach the signed MM18 declaration; naming its signatory is not enough.</source>
      <translation>Joignez la déclaration MM18 signée ; indiquer son signataire ne suffit pas.</translation>
    </message>
    <message>
      <source>{state} is not a member State of the European Union.</source>
      <translation>{state} n'est pas un État membre de l'Union européenne.</translation>
    </message>
    <message>
      <source>There is no applicant {n}: the application names {count}.</source>
      <translation>Il n'y a pas de déposant {n} : la demande en indique {count}.</translation>
    </message>
    <message>
      <source>The competent International Searching Authorities of RO/{ro} are not in the reference data ({as_of}): check them in the PCT Applicant's Guide, Annex C.</source>
      <translation>Les administrations chargées de la recherche internationale compétentes pour le RO/{ro} ne figurent pas dans les données de référence ({as_of}) : vérifiez-les dans le Guide du déposant du PCT, annexe C.</translation>
    </message>
    <message>
      <source>ISA/{isa} does not accept a translation into {given}; it accepts {allowed} ({as_of}).</source>
      <translation>L'ISA/{isa} n'accepte pas de traduction en {given} ; elle accepte {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The reference data has no file requirements of {office} for a {type} mark: the representation file cannot be checked; see the office's specifications.</source>
      <translation>Les données de référence ne contiennent pas les exigences de {office} pour le fichier d'une marque de type {type} : le fichier de représentation ne peut pas être vérifié ; consultez les spécifications de l'office.</translation>
    </message>
    <message>
      <source>Updates available: {details}</source>
      <translation>Mises à jour disponibles : {details}</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}, {warnings}</translation>
    </message>
    <message>
      <source>No errors; {warnings}</source>
      <translation>Aucune erreur ; {warnings}</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(non indiqué)</translation>
    </message>
    <message>
      <source>This class entry lists no goods or services: add its terms.</source>
      <translation>Cette entrée de classe ne contient aucun produit ni service : ajoutez ses termes.</translation>
    </message>
    <message>
      <source>Too short: use at least {n} characters.</source>
      <translation>Trop courte : utilisez au moins {n} caractères.</translation>
    </message>
    <message>
      <source>Strong passphrase.</source>
      <translation>Phrase secrète robuste.</translation>
    </message>
    <message>
      <source>Fair: a longer passphrase is stronger.</source>
      <translation>Moyenne : une phrase secrète plus longue est plus robuste.</translation>
    </message>
    <message>
      <source>Weak: add words, digits or signs.</source>
      <translation>Faible : ajoutez des mots, des chiffres ou des signes.</translation>
    </message>
    <message>
      <source>Name of the key holder</source>
      <translation>Nom du titulaire de la clé</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Phrase secrète (confirmation) :</translation>
    </message>
    <message>
      <source>Create key</source>
      <translation>Créer la clé</translation>
    </message>
    <message>
      <source>Type the name of the key holder.</source>
      <translation>Saisissez le nom du titulaire de la clé.</translation>
    </message>
    <message>
      <source>Type a passphrase for the new key.</source>
      <translation>Saisissez une phrase secrète pour la nouvelle clé.</translation>
    </message>
    <message>
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>Les deux phrases secrètes diffèrent : saisissez deux fois la même.</translation>
    </message>
    <message>
      <source>Bulgarian</source>
      <translation>Bulgare</translation>
    </message>
    <message>
      <source>Czech</source>
      <translation>Tchèque</translation>
    </message>
    <message>
      <source>Danish</source>
      <translation>Danois</translation>
    </message>
    <message>
      <source>Greek</source>
      <translation>Grec</translation>
    </message>
    <message>
      <source>Estonian</source>
      <translation>Estonien</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>Finnois</translation>
    </message>
    <message>
      <source>Irish</source>
      <translation>Irlandais</translation>
    </message>
    <message>
      <source>Croatian</source>
      <translation>Croate</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Hongrois</translation>
    </message>
    <message>
      <source>Lithuanian</source>
      <translation>Lituanien</translation>
    </message>
    <message>
      <source>Latvian</source>
      <translation>Letton</translation>
    </message>
    <message>
      <source>Maltese</source>
      <translation>Maltais</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Néerlandais</translation>
    </message>
    <message>
      <source>Polish</source>
      <translation>Polonais</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>Portugais</translation>
    </message>
    <message>
      <source>Romanian</source>
      <translation>Roumain</translation>
    </message>
    <message>
      <source>Slovak</source>
      <translation>Slovaque</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Slovène</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>Suédois</translation>
    </message>
    <message>
      <source>Choose one ground or more in the lists below: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>Choisissez un ou plusieurs motifs dans les listes ci-dessous : nationalité, domicile, ou établissement industriel ou commercial effectif et sérieux sur le territoire de la Partie contractante de l'Office d'origine.</translation>
    </message>
    <message>
      <source>The language of the application: an official language of the European Union for the EUIPO, English for the USPTO.</source>
      <translation>La langue de la demande : une langue officielle de l'Union européenne pour l'EUIPO, l'anglais pour l'USPTO.</translation>
    </message>
    <message>
      <source>Give the number of the basic application or registration.</source>
      <translation>Indiquez le numéro de la demande ou de l'enregistrement de base.</translation>
    </message>
    <message>
      <source>Give the date of the basic application or registration.</source>
      <translation>Indiquez la date de la demande ou de l'enregistrement de base.</translation>
    </message>
    <message>
      <source>No term list is installed: terms are added as typed, without checking them against the Nice Classification.</source>
      <translation>Aucune liste de termes n'est installée : les termes sont ajoutés tels quels, sans vérification par rapport à la classification de Nice.</translation>
    </message>
    <message>
      <source>Install a term list…</source>
      <translation>Installer une liste de termes…</translation>
    </message>
    <message>
      <source>Or from a terminal: filingassist refdata import-nice FILE.csv</source>
      <translation>Ou depuis un terminal : filingassist refdata import-nice FILE.csv</translation>
    </message>
    <message>
      <source>Type a term and press Enter to add it (not checked: no term list)</source>
      <translation>Saisissez un terme et appuyez sur Entrée pour l'ajouter (non vérifié : pas de liste de termes)</translation>
    </message>
    <message>
      <source>Choose the Nice term list (CSV)</source>
      <translation>Choisir la liste de termes de Nice (CSV)</translation>
    </message>
    <message>
      <source>Nice term lists (*.csv)</source>
      <translation>Listes de termes de Nice (*.csv)</translation>
    </message>
    <message>
      <source>Installing the term list…</source>
      <translation>Installation de la liste de termes…</translation>
    </message>
    <message>
      <source>Could not install the term list.</source>
      <translation>Impossible d'installer la liste de termes.</translation>
    </message>
    <message>
      <source>Fee table read {date}</source>
      <translation>Barème lu le {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n avertissement</numerusform>
        <numerusform>%n avertissements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n package(s) waiting to be sent or receipted</source>
      <translation>
        <numerusform>%n paquet en attente d'envoi ou d'accusé de réception</numerusform>
        <numerusform>%n paquets en attente d'envoi ou d'accusé de réception</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>en retard de %n jour</numerusform>
        <numerusform>en retard de %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sequence(s)</source>
      <translation>
        <numerusform>%n séquence</numerusform>
        <numerusform>%n séquences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Term list installed: %n term(s).</source>
      <translation>
        <numerusform>Liste de termes installée : %n terme.</numerusform>
        <numerusform>Liste de termes installée : %n termes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fee data %n day(s) old</source>
      <translation>
        <numerusform>Données de taxes : il y a %n jour</numerusform>
        <numerusform>Données de taxes : il y a %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete drafts</source>
      <translation>Supprimer des brouillons</translation>
    </message>
    <message>
      <source>Delete {n} draft(s) for good?</source>
      <translation>Supprimer définitivement {n} brouillon(s) ?</translation>
    </message>
    <message>
      <source>Their revisions, attachments and packages not yet sent are erased from this computer. You can undo for a few seconds.</source>
      <translation>Leurs révisions, pièces jointes et paquets pas encore envoyés sont effacés de cet ordinateur. Vous pouvez annuler pendant quelques secondes.</translation>
    </message>
    <message>
      <source>{n} draft(s) deleted.</source>
      <translation>{n} brouillon(s) supprimé(s).</translation>
    </message>
    <message>
      <source>Draft “{title}” deleted.</source>
      <translation>Brouillon « {title} » supprimé.</translation>
    </message>
    <message>
      <source>The country or organisation where you want protection for your mark. At this counter it is usually this office.</source>
      <translation>Le pays ou l'organisation où vous voulez protéger votre marque. À ce guichet, c'est en général cet office.</translation>
    </message>
    <message>
      <source>The language the application is written in, as a two-letter code (en for English, fr for French, ar for Arabic).</source>
      <translation>La langue dans laquelle la demande est rédigée, en code de deux lettres (fr pour le français, en pour l'anglais).</translation>
    </message>
    <message>
      <source>Your own reference for this application, if you have one. You may leave it empty.</source>
      <translation>Votre propre référence pour cette demande, si vous en avez une. Vous pouvez la laisser vide.</translation>
    </message>
    <message>
      <source>The day you file. Usually today; the office gives the official date.</source>
      <translation>Le jour du dépôt. En général aujourd'hui ; l'office fixe la date officielle.</translation>
    </message>
    <message>
      <source>Only some offices ask why you file (for example, the mark is already in use). Leave it empty if the staff says so.</source>
      <translation>Seuls certains offices demandent le fondement du dépôt (par exemple, la marque est déjà utilisée). Laissez vide si l'agent vous le dit.</translation>
    </message>
    <message>
      <source>The full name of the person or company that will own the mark, as on an identity document or company register.</source>
      <translation>Le nom complet de la personne ou de la société qui sera titulaire de la marque, comme sur la pièce d'identité ou au registre du commerce.</translation>
    </message>
    <message>
      <source>The full postal address where letters from the office can reach the owner.</source>
      <translation>L'adresse postale complète où les courriers de l'office parviendront au titulaire.</translation>
    </message>
    <message>
      <source>The country of that address.</source>
      <translation>Le pays de cette adresse.</translation>
    </message>
    <message>
      <source>An e-mail address where the office can write to the owner. You may leave it empty.</source>
      <translation>Une adresse électronique où l'office peut écrire au titulaire. Vous pouvez la laisser vide.</translation>
    </message>
    <message>
      <source>Choose “natural person” for a human being, “legal entity” for a company, association or other organisation.</source>
      <translation>Choisissez « personne physique » pour un être humain, « personne morale » pour une société, une association ou une autre organisation.</translation>
    </message>
    <message>
      <source>For a person: the country of which they are a citizen.</source>
      <translation>Pour une personne : le pays dont elle a la nationalité.</translation>
    </message>
    <message>
      <source>For a company: its legal form, for example “limited company” or “association”.</source>
      <translation>Pour une société : sa forme juridique, par exemple « SARL » ou « association ».</translation>
    </message>
    <message>
      <source>For a company: the country under whose law it was set up.</source>
      <translation>Pour une société : le pays selon le droit duquel elle a été constituée.</translation>
    </message>
    <message>
      <source>Only if a lawyer or agent acts for the owner: their name. Otherwise leave this page empty.</source>
      <translation>Seulement si un avocat ou un mandataire agit pour le titulaire : son nom. Sinon, laissez cette page vide.</translation>
    </message>
    <message>
      <source>The representative's postal address.</source>
      <translation>L'adresse postale du mandataire.</translation>
    </message>
    <message>
      <source>The country of the representative's address.</source>
      <translation>Le pays de l'adresse du mandataire.</translation>
    </message>
    <message>
      <source>The representative's e-mail address.</source>
      <translation>L'adresse électronique du mandataire.</translation>
    </message>
    <message>
      <source>What the mark is made of: only words (word mark), a picture or logo (figurative), words and picture together (combined), or something else.</source>
      <translation>De quoi se compose la marque : des mots seuls (verbale), une image ou un logo (figurative), des mots et une image (semi-figurative) ou autre chose.</translation>
    </message>
    <message>
      <source>The words of the mark, letter by letter, exactly as you want them protected.</source>
      <translation>Les mots de la marque, lettre par lettre, exactement comme vous voulez les protéger.</translation>
    </message>
    <message>
      <source>Tick this if only the words matter, written in any ordinary letters, with no special font or colour.</source>
      <translation>Cochez si seuls les mots comptent, écrits en lettres ordinaires, sans police ni couleur particulière.</translation>
    </message>
    <message>
      <source>A clear picture of the mark (for a logo). The staff can scan or attach it for you.</source>
      <translation>Une image nette de la marque (pour un logo). L'agent peut la numériser ou la joindre pour vous.</translation>
    </message>
    <message>
      <source>Tick this if the colours are part of what you want protected.</source>
      <translation>Cochez si les couleurs font partie de ce que vous voulez protéger.</translation>
    </message>
    <message>
      <source>Name each colour and where it appears, for example “red: the letters; white: the background”.</source>
      <translation>Nommez chaque couleur et où elle apparaît, par exemple « rouge : les lettres ; blanc : le fond ».</translation>
    </message>
    <message>
      <source>A few words describing the mark, if the picture alone does not make it clear.</source>
      <translation>Quelques mots décrivant la marque, si l'image seule ne suffit pas.</translation>
    </message>
    <message>
      <source>Words in the mark that you do not claim for yourself alone (for example a common word like “shop”). Usually empty.</source>
      <translation>Les mots de la marque que vous ne revendiquez pas pour vous seul (par exemple un mot courant comme « boutique »). En général vide.</translation>
    </message>
    <message>
      <source>If the mark uses another alphabet: how it is written in Latin letters.</source>
      <translation>Si la marque utilise un autre alphabet : comment elle s'écrit en lettres latines.</translation>
    </message>
    <message>
      <source>If the words of the mark mean something: their meaning in the language of the application.</source>
      <translation>Si les mots de la marque ont un sens : leur traduction dans la langue de la demande.</translation>
    </message>
    <message>
      <source>The number (1 to 45) of the group of goods or services. The staff can help you find it.</source>
      <translation>Le numéro (1 à 45) de la classe de produits ou services. L'agent peut vous aider à le trouver.</translation>
    </message>
    <message>
      <source>What you sell or do under the mark, one item per line, for example “coffee” or “hairdressing”.</source>
      <translation>Ce que vous vendez ou faites sous la marque, un élément par ligne, par exemple « café » ou « coiffure ».</translation>
    </message>
    <message>
      <source>Only if you filed the same mark elsewhere in the last six months: the office where you did.</source>
      <translation>Seulement si vous avez déposé la même marque ailleurs dans les six derniers mois : l'office de ce dépôt.</translation>
    </message>
    <message>
      <source>The number that office gave that earlier filing.</source>
      <translation>Le numéro donné par cet office au dépôt antérieur.</translation>
    </message>
    <message>
      <source>The date of that earlier filing.</source>
      <translation>La date de ce dépôt antérieur.</translation>
    </message>
    <message>
      <source>Your full name, as you will sign.</source>
      <translation>Votre nom complet, tel que vous signerez.</translation>
    </message>
    <message>
      <source>Whether you sign as the owner yourself or as their representative.</source>
      <translation>Si vous signez en tant que titulaire vous-même ou en tant que mandataire.</translation>
    </message>
    <message>
      <source>Your signature is your name typed between two slashes, for example /Amina Diallo/.</source>
      <translation>Votre signature est votre nom tapé entre deux barres obliques, par exemple /Amina Diallo/.</translation>
    </message>
    <message>
      <source>The day you sign: today.</source>
      <translation>Le jour de la signature : aujourd'hui.</translation>
    </message>
    <message>
      <source>How the fee will be paid. At this counter the staff tells you which methods are accepted.</source>
      <translation>Comment la taxe sera payée. À ce guichet, l'agent vous indique les moyens acceptés.</translation>
    </message>
    <message>
      <source>Only for payment from a deposit account held at the office: its number.</source>
      <translation>Seulement pour un paiement par compte courant ouvert auprès de l'office : son numéro.</translation>
    </message>
    <message>
      <source>The reference of your payment (a receipt or transfer number), if you already paid.</source>
      <translation>La référence de votre paiement (numéro de reçu ou de virement), si vous avez déjà payé.</translation>
    </message>
    <message>
      <source>The name of the person who pays, if not the owner.</source>
      <translation>Le nom de la personne qui paie, si ce n'est pas le titulaire.</translation>
    </message>
    <message>
      <source>The total you pay, as shown under “Fees”.</source>
      <translation>Le total que vous payez, tel qu'indiqué sous « Taxes ».</translation>
    </message>
    <message>
      <source>Protect a name, logo or sign in this country.</source>
      <translation>Protégez un nom, un logo ou un signe dans ce pays.</translation>
    </message>
    <message>
      <source>Protect your trademark in other countries at once.</source>
      <translation>Protégez votre marque dans d'autres pays en une fois.</translation>
    </message>
    <message>
      <source>Protect an invention (international patent request).</source>
      <translation>Protégez une invention (requête internationale de brevet).</translation>
    </message>
    <message>
      <source>Your signature: {signature}</source>
      <translation>Votre signature : {signature}</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Bienvenue</translation>
    </message>
    <message>
      <source>Choose your language:</source>
      <translation>Choisissez votre langue :</translation>
    </message>
    <message>
      <source>What do you want to file?</source>
      <translation>Que voulez-vous déposer ?</translation>
    </message>
    <message>
      <source>Check your application</source>
      <translation>Vérifiez votre demande</translation>
    </message>
    <message>
      <source>Read it with the staff. Go back to change anything before you sign.</source>
      <translation>Relisez-la avec l'agent. Revenez en arrière pour modifier quoi que ce soit avant de signer.</translation>
    </message>
    <message>
      <source>Sign your application</source>
      <translation>Signez votre demande</translation>
    </message>
    <message>
      <source>Type your full name. Your signature is your name between two slashes. The staff then signs the filing for the office; you need no key.</source>
      <translation>Tapez votre nom complet. Votre signature est votre nom entre deux barres obliques. L'agent signe ensuite le dépôt pour l'office ; vous n'avez besoin d'aucune clé.</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Votre nom complet</translation>
    </message>
    <message>
      <source>I have checked the application and it is correct.</source>
      <translation>J'ai vérifié la demande et elle est exacte.</translation>
    </message>
    <message>
      <source>Your application is signed</source>
      <translation>Votre demande est signée</translation>
    </message>
    <message>
      <source>The staff now sends it to the office and prints a summary for you, with the fee to pay and the number of your filing.</source>
      <translation>L'agent l'envoie maintenant à l'office et imprime pour vous un résumé, avec la taxe à payer et le numéro de votre dépôt.</translation>
    </message>
    <message>
      <source>Package id: {id}</source>
      <translation>Identifiant du paquet : {id}</translation>
    </message>
    <message>
      <source>In {language}</source>
      <translation>En {language}</translation>
    </message>
    <message>
      <source>Keep this paper. Show it when you pay and when you ask about your application.</source>
      <translation>Gardez ce papier. Montrez-le pour payer et quand vous vous renseignez sur votre demande.</translation>
    </message>
    <message>
      <source>The fee cannot be worked out yet: the staff will tell you what to pay.</source>
      <translation>La taxe ne peut pas encore être calculée : l'agent vous dira combien payer.</translation>
    </message>
    <message>
      <source>You have to pay {amount} in total.</source>
      <translation>Vous devez payer {amount} au total.</translation>
    </message>
    <message>
      <source>this office</source>
      <translation>cet office</translation>
    </message>
    <message>
      <source>You have to pay at least {amount}; the staff will tell you the rest.</source>
      <translation>Vous devez payer au moins {amount} ; l'agent vous dira le reste.</translation>
    </message>
    <message>
      <source>How to pay at this office</source>
      <translation>Comment payer à cet office</translation>
    </message>
    <message>
      <source>Fees and how to pay</source>
      <translation>Taxes et modalités de paiement</translation>
    </message>
    <message>
      <source>Your filing at {office}</source>
      <translation>Votre dépôt auprès de {office}</translation>
    </message>
    <message>
      <source>Package id</source>
      <translation>Identifiant du paquet</translation>
    </message>
    <message>
      <source>Start shift</source>
      <translation>Début de service</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <source>Counter key</source>
      <translation>Clé du guichet</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <source>This counter has no signing key. Ask the administrator to create one.</source>
      <translation>Ce guichet n'a pas de clé de signature. Demandez à l'administrateur d'en créer une.</translation>
    </message>
    <message>
      <source>Give your name and choose the counter's key.</source>
      <translation>Indiquez votre nom et choisissez la clé du guichet.</translation>
    </message>
    <message>
      <source>Filing Assistant — office counter</source>
      <translation>Assistant de dépôt — guichet de l'office</translation>
    </message>
    <message>
      <source>Office counter</source>
      <translation>Guichet de l'office</translation>
    </message>
    <message>
      <source>No shift started</source>
      <translation>Aucun service commencé</translation>
    </message>
    <message>
      <source>Start shift…</source>
      <translation>Début de service…</translation>
    </message>
    <message>
      <source>Sign for the office</source>
      <translation>Signer pour l'office</translation>
    </message>
    <message>
      <source>Finish and hand over</source>
      <translation>Terminer et remettre</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Terminer la session</translation>
    </message>
    <message>
      <source>End shift</source>
      <translation>Fin de service</translation>
    </message>
    <message>
      <source>A previous session could not be handed over</source>
      <translation>Une session précédente n'a pas pu être remise</translation>
    </message>
    <message>
      <source>The application could not be signed</source>
      <translation>La demande n'a pas pu être signée</translation>
    </message>
    <message>
      <source>Thank you. Your application is on its way to the office.</source>
      <translation>Merci. Votre demande est en route vers l'office.</translation>
    </message>
    <message>
      <source>The application could not be queued</source>
      <translation>La demande n'a pas pu être mise en file d'attente</translation>
    </message>
    <message>
      <source>Erase this filer's application from the counter now?</source>
      <translation>Effacer maintenant la demande de ce déposant du guichet ?</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>The previous session was closed after a long pause.</source>
      <translation>La session précédente a été fermée après une longue pause.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <source>Are you still there?</source>
      <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
      <source>I am still here</source>
      <translation>Je suis toujours là</translation>
    </message>
    <message>
      <source>Continue anyway</source>
      <translation>Continuer quand même</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <source>Staff: {name}</source>
      <translation>Agent : {name}</translation>
    </message>
    <message>
      <source>The summary could not be printed</source>
      <translation>Le résumé n'a pas pu être imprimé</translation>
    </message>
    <message>
      <source>This application will be erased in {n} seconds unless you touch the screen or press a key.</source>
      <translation>Cette demande sera effacée dans {n} secondes si vous ne touchez pas l'écran ou n'appuyez pas sur une touche.</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
      <source>Not signed: {reason}</source>
      <translation>Non signée : {reason}</translation>
    </message>
    <message>
      <source>The language of the application: English, French or Spanish, as this office allows.</source>
      <translation>La langue de la demande : anglais, français ou espagnol, selon ce que cet office admet.</translation>
    </message>
    <message>
      <source>The office that holds your mark at home (the office that will send this application to WIPO).</source>
      <translation>L'office où se trouve votre marque dans votre pays (celui qui transmettra cette demande à l'OMPI).</translation>
    </message>
    <message>
      <source>Only if letters should go to another address than the one above.</source>
      <translation>Seulement si les courriers doivent aller à une autre adresse que celle ci-dessus.</translation>
    </message>
    <message>
      <source>WIPO writes by e-mail: give an address the owner reads.</source>
      <translation>L'OMPI écrit par courrier électronique : donnez une adresse que le titulaire consulte.</translation>
    </message>
    <message>
      <source>A telephone number with the country code, for example +20 2 1234 5678.</source>
      <translation>Un numéro de téléphone avec l'indicatif du pays, par exemple +33 1 23 45 67 89.</translation>
    </message>
    <message>
      <source>The language in which WIPO should write to the owner.</source>
      <translation>La langue dans laquelle l'OMPI doit écrire au titulaire.</translation>
    </message>
    <message>
      <source>Why the owner may use this system: nationality, home address, or a real business in the country of the office of origin.</source>
      <translation>Pourquoi le titulaire peut utiliser ce système : nationalité, domicile ou établissement réel dans le pays de l'office d'origine.</translation>
    </message>
    <message>
      <source>The country that gives that right.</source>
      <translation>Le pays qui donne ce droit.</translation>
    </message>
    <message>
      <source>The representative's telephone number, with the country code.</source>
      <translation>Le téléphone du mandataire, avec l'indicatif du pays.</translation>
    </message>
    <message>
      <source>Whether your mark at home is still an application or already registered.</source>
      <translation>Si votre marque dans votre pays est encore une demande ou déjà enregistrée.</translation>
    </message>
    <message>
      <source>Its number, as on the papers from your office.</source>
      <translation>Son numéro, tel que sur les documents de votre office.</translation>
    </message>
    <message>
      <source>Its date, as on the same papers.</source>
      <translation>Sa date, telle que sur ces mêmes documents.</translation>
    </message>
    <message>
      <source>Filled in by the program when the staff reads your mark's record; nothing to type.</source>
      <translation>Rempli par le programme quand l'agent lit la fiche de votre marque ; rien à taper.</translation>
    </message>
    <message>
      <source>Only if the earlier filing covered some of the goods and services: which ones.</source>
      <translation>Seulement si le dépôt antérieur ne couvrait qu'une partie des produits et services : lesquels.</translation>
    </message>
    <message>
      <source>A picture of the mark exactly as in your mark at home.</source>
      <translation>Une image de la marque exactement comme dans votre marque nationale.</translation>
    </message>
    <message>
      <source>Tick this if the picture of the mark is in colour.</source>
      <translation>Cochez si l'image de la marque est en couleur.</translation>
    </message>
    <message>
      <source>Name the colours, for example “red and white”.</source>
      <translation>Nommez les couleurs, par exemple « rouge et blanc ».</translation>
    </message>
    <message>
      <source>Where each colour appears in the mark, for example “red: the letters”.</source>
      <translation>Où chaque couleur apparaît dans la marque, par exemple « rouge : les lettres ».</translation>
    </message>
    <message>
      <source>Only for special marks (for example a sound, a shape, a collective mark). Usually empty.</source>
      <translation>Seulement pour les marques particulières (par exemple un son, une forme, une marque collective). En général vide.</translation>
    </message>
    <message>
      <source>Only if you want fewer goods or services in one country: that country.</source>
      <translation>Seulement si vous voulez moins de produits ou services dans un pays : ce pays.</translation>
    </message>
    <message>
      <source>The class whose list is shorter in that country.</source>
      <translation>La classe dont la liste est plus courte dans ce pays.</translation>
    </message>
    <message>
      <source>The goods or services you keep in that country, one per line.</source>
      <translation>Les produits ou services que vous gardez dans ce pays, un par ligne.</translation>
    </message>
    <message>
      <source>The countries where you want protection. The staff's list shows only those you can choose.</source>
      <translation>Les pays où vous voulez une protection. La liste ne montre que ceux que vous pouvez choisir.</translation>
    </message>
    <message>
      <source>Only if the United States is chosen: tick this when the signed intention-to-use form is attached.</source>
      <translation>Seulement si les États-Unis sont choisis : cochez quand le formulaire signé d'intention d'usage est joint.</translation>
    </message>
    <message>
      <source>Who signed that form.</source>
      <translation>Qui a signé ce formulaire.</translation>
    </message>
    <message>
      <source>The signed form, scanned. The staff can attach it for you.</source>
      <translation>Le formulaire signé, numérisé. L'agent peut le joindre pour vous.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the day this office received your request.</source>
      <translation>Rempli par l'agent de l'office : le jour où cet office a reçu votre demande.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the official who certifies the application.</source>
      <translation>Rempli par l'agent de l'office : le fonctionnaire qui certifie la demande.</translation>
    </message>
    <message>
      <source>Only for payment from a WIPO current account: its number.</source>
      <translation>Seulement pour un paiement par compte courant auprès de l'OMPI : son numéro.</translation>
    </message>
    <message>
      <source>The total in Swiss francs, as shown under “Fees”.</source>
      <translation>Le total en francs suisses, tel qu'indiqué sous « Taxes ».</translation>
    </message>
    <message>
      <source>International (PCT), to seek protection in many countries later, or national, in one country.</source>
      <translation>Internationale (PCT), pour demander plus tard une protection dans de nombreux pays, ou nationale, dans un seul pays.</translation>
    </message>
    <message>
      <source>The office that receives the application: usually the office of the country where you live or are a citizen.</source>
      <translation>L'office qui reçoit la demande : en général celui du pays où vous résidez ou dont vous avez la nationalité.</translation>
    </message>
    <message>
      <source>Your own reference, at most 12 characters. You may leave it empty.</source>
      <translation>Votre propre référence, 12 caractères au plus. Vous pouvez la laisser vide.</translation>
    </message>
    <message>
      <source>A short, clear name for the invention, without brand names, for example “Solar water pump”.</source>
      <translation>Un nom court et clair de l'invention, sans nom de marque, par exemple « Pompe à eau solaire ».</translation>
    </message>
    <message>
      <source>The full name of the person or company applying for the patent.</source>
      <translation>Le nom complet de la personne ou de la société qui demande le brevet.</translation>
    </message>
    <message>
      <source>The country where the applicant lives or has its business.</source>
      <translation>Le pays où le déposant réside ou a son activité.</translation>
    </message>
    <message>
      <source>Tick this for a human being; leave it empty for a company.</source>
      <translation>Cochez pour une personne physique ; laissez vide pour une société.</translation>
    </message>
    <message>
      <source>Tick this if this applicant also made the invention.</source>
      <translation>Cochez si ce déposant a aussi fait l'invention.</translation>
    </message>
    <message>
      <source>For which countries this person applies. Usually all.</source>
      <translation>Pour quels pays cette personne est déposant. En général tous.</translation>
    </message>
    <message>
      <source>The name of each person who made the invention, if not already an applicant.</source>
      <translation>Le nom de chaque personne qui a fait l'invention, si elle n'est pas déjà déposant.</translation>
    </message>
    <message>
      <source>The inventor's postal address.</source>
      <translation>L'adresse postale de l'inventeur.</translation>
    </message>
    <message>
      <source>The country of the inventor's address.</source>
      <translation>Le pays de l'adresse de l'inventeur.</translation>
    </message>
    <message>
      <source>Only if someone acts for the applicant: whether they are a registered agent or a common representative.</source>
      <translation>Seulement si quelqu'un agit pour le déposant : mandataire agréé ou représentant commun.</translation>
    </message>
    <message>
      <source>The agent's number at this office, if they have one.</source>
      <translation>Le numéro du mandataire auprès de cet office, s'il en a un.</translation>
    </message>
    <message>
      <source>Normally ticked: the application then covers every PCT country.</source>
      <translation>Normalement coché : la demande couvre alors tous les pays du PCT.</translation>
    </message>
    <message>
      <source>Countries you do not want, one per line. Usually empty.</source>
      <translation>Les pays que vous ne voulez pas, un par ligne. En général vide.</translation>
    </message>
    <message>
      <source>Only for a national application: the office of the country.</source>
      <translation>Seulement pour une demande nationale : l'office du pays.</translation>
    </message>
    <message>
      <source>Only if you filed the same invention elsewhere in the last twelve months: the office where you did.</source>
      <translation>Seulement si vous avez déposé la même invention ailleurs dans les douze derniers mois : l'office de ce dépôt.</translation>
    </message>
    <message>
      <source>Whether that earlier filing was national, regional or international.</source>
      <translation>Si ce dépôt antérieur était national, régional ou international.</translation>
    </message>
    <message>
      <source>The office that searches for earlier similar inventions. The staff tells you which ones this office accepts.</source>
      <translation>L'office qui recherche les inventions antérieures semblables. L'agent vous dit lesquels cet office accepte.</translation>
    </message>
    <message>
      <source>Legal statements some countries ask for. Leave them empty unless the staff says otherwise.</source>
      <translation>Déclarations juridiques demandées par certains pays. Laissez vide sauf si l'agent dit autre chose.</translation>
    </message>
    <message>
      <source>How many pages each part has. The staff counts them with you.</source>
      <translation>Combien de pages compte chaque partie. L'agent les compte avec vous.</translation>
    </message>
    <message>
      <source>Only if an agent acts for you: the signed authorisation, scanned.</source>
      <translation>Seulement si un mandataire agit pour vous : le pouvoir signé, numérisé.</translation>
    </message>
    <message>
      <source>The number of the drawing that best shows the invention.</source>
      <translation>Le numéro du dessin qui montre le mieux l'invention.</translation>
    </message>
    <message>
      <source>In one sentence: the area of technology, for example “water pumps”.</source>
      <translation>En une phrase : le domaine technique, par exemple « pompes à eau ».</translation>
    </message>
    <message>
      <source>What exists already and what problem remains.</source>
      <translation>Ce qui existe déjà et quel problème demeure.</translation>
    </message>
    <message>
      <source>How the invention works, in enough detail for an expert to make it.</source>
      <translation>Comment l'invention fonctionne, assez en détail pour qu'un spécialiste la réalise.</translation>
    </message>
    <message>
      <source>One line per drawing: what it shows.</source>
      <translation>Une ligne par dessin : ce qu'il montre.</translation>
    </message>
    <message>
      <source>Claims are numbered 1, 2, 3…</source>
      <translation>Les revendications sont numérotées 1, 2, 3…</translation>
    </message>
    <message>
      <source>What exactly you want protected, in one sentence per claim.</source>
      <translation>Ce que vous voulez protéger exactement, en une phrase par revendication.</translation>
    </message>
    <message>
      <source>A short summary of the invention, about 50 to 150 words.</source>
      <translation>Un court résumé de l'invention, d'environ 50 à 150 mots.</translation>
    </message>
    <message>
      <source>A drawing of the invention. The staff can scan it for you.</source>
      <translation>Un dessin de l'invention. L'agent peut le numériser pour vous.</translation>
    </message>
    <message>
      <source>Its label, for example “Fig. 1”.</source>
      <translation>Son libellé, par exemple « Fig. 1 ».</translation>
    </message>
    <message>
      <source>Only for inventions involving DNA or proteins: the sequence file. Usually empty.</source>
      <translation>Seulement pour les inventions portant sur l'ADN ou des protéines : le fichier des séquences. En général vide.</translation>
    </message>
    <message>
      <source>Patent classification codes if you know them. You may leave it empty.</source>
      <translation>Les symboles de classification des brevets si vous les connaissez. Vous pouvez laisser vide.</translation>
    </message>
    <message>
      <source>The staff chooses this: filing electronically lowers the fee.</source>
      <translation>L'agent le choisit : le dépôt électronique réduit la taxe.</translation>
    </message>
    <message>
      <source>{n} required answers not shown yet: they appear when you leave their section or press Check.</source>
      <translation>{n} réponses obligatoires pas encore affichées : elles apparaissent quand vous quittez leur section ou appuyez sur Vérifier.</translation>
    </message>
    <!-- lead: counter help for the MM2 v2 and PCT fields added by the examiner branch -->
    <message>
      <source>Only if you chose the European Union: a second language of the EU trademark office, different from the language of this application.</source>
      <translation>Seulement si vous avez choisi l’Union européenne : une deuxième langue de l’office des marques de l’UE, différente de la langue de cette demande.</translation>
    </message>
    <message>
      <source>Only if the owner's address above is in another country: the address of the owner's home or business in this office's country.</source>
      <translation>Seulement si l’adresse du titulaire ci-dessus est dans un autre pays : l’adresse de son domicile ou de son établissement dans le pays de cet office.</translation>
    </message>
    <message>
      <source>Which owner this is about: 1 for the first owner listed, 2 for the second, and so on.</source>
      <translation>Le titulaire concerné : 1 pour le premier titulaire indiqué, 2 pour le deuxième, etc.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a colour or a combination of colours alone, with no words or drawing.</source>
      <translation>Cochez seulement si la marque est une couleur ou une combinaison de couleurs seule, sans mots ni dessin.</translation>
    </message>
    <message>
      <source>Only for a mark of an association (collective) or one that certifies quality (certification or guarantee). Usually empty.</source>
      <translation>Seulement pour la marque d’une association (collective) ou une marque qui atteste une qualité (de certification ou de garantie). Le plus souvent vide.</translation>
    </message>
    <message>
      <source>Tick if the words of the mark have no meaning that could be translated, for example an invented word.</source>
      <translation>Cochez si les mots de la marque n’ont pas de sens traduisible, par exemple un mot inventé.</translation>
    </message>
    <message>
      <source>Only for an unusual mark such as a hologram, a motion or a position mark; describe it in the description of the mark.</source>
      <translation>Seulement pour une marque inhabituelle comme un hologramme, un mouvement ou une position ; décrivez-la dans la description de la marque.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a sound, such as a tune or a jingle.</source>
      <translation>Cochez seulement si la marque est un son, comme un air ou un jingle.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a shape, such as a bottle or a package.</source>
      <translation>Cochez seulement si la marque est une forme, comme une bouteille ou un emballage.</translation>
    </message>
    <message>
      <source>The date the earlier mark was registered, as on its registration certificate.</source>
      <translation>La date d’enregistrement de la marque antérieure, telle qu’elle figure sur son certificat.</translation>
    </message>
    <message>
      <source>The date the earlier mark was applied for, as on its registration certificate.</source>
      <translation>La date de dépôt de la marque antérieure, telle qu’elle figure sur son certificat.</translation>
    </message>
    <message>
      <source>The registration number of the earlier mark, copied from its certificate.</source>
      <translation>Le numéro d’enregistrement de la marque antérieure, recopié de son certificat.</translation>
    </message>
    <message>
      <source>Only if the earlier mark covers just some of the goods and services of this application: list those.</source>
      <translation>Seulement si la marque antérieure ne couvre qu’une partie des produits et services de cette demande : indiquez-les.</translation>
    </message>
    <message>
      <source>The European Union country where the earlier mark is registered.</source>
      <translation>Le pays de l’Union européenne où la marque antérieure est enregistrée.</translation>
    </message>
    <message>
      <source>If the earlier application is in WIPO's digital library (DAS), its access code, so the document need not be sent on paper.</source>
      <translation>Si la demande antérieure figure dans la bibliothèque numérique de l’OMPI (DAS), son code d’accès, pour ne pas envoyer le document sur papier.</translation>
    </message>
    <message>
      <source>Only if the searching office does not work in the language of your application: the language you will translate it into.</source>
      <translation>Seulement si l’office chargé de la recherche ne travaille pas dans la langue de votre demande : la langue dans laquelle vous la traduirez.</translation>
    </message>
    <message>
      <source>Goes to:</source>
      <translation>Destination :</translation>
    </message>
    <message>
      <source>Already in the outbox or filed</source>
      <translation>Déjà dans la boîte d'envoi ou déposé</translation>
    </message>
    <message>
      <source>No office is set up: the signed package stays here. Add the office in Settings, then put it in the outbox from the draft.</source>
      <translation>Aucun office n'est configuré : le paquet signé reste ici. Ajoutez l'office dans les Paramètres, puis placez-le dans la boîte d'envoi depuis le brouillon.</translation>
    </message>
    <message>
      <source>This revision was already signed as package {package}, which is in the outbox or filed. Signing it again gives a second application, with its own number and fees. Sign and file it again?</source>
      <translation>Cette révision a déjà été signée sous le paquet {package}, qui est dans la boîte d'envoi ou déposé. La signer à nouveau crée une seconde demande, avec son propre numéro et ses propres taxes. La signer et la déposer à nouveau ?</translation>
    </message>
    <message>
      <source>Not signed: this revision is already filed or queued.</source>
      <translation>Non signé : cette révision est déjà déposée ou en attente d'envoi.</translation>
    </message>
    <message>
      <source>The response goes to the office that sent the notice ({office}).</source>
      <translation>La réponse est envoyée à l'office qui a émis la notification ({office}).</translation>
    </message>
    <message>
      <source>Sent to this office when it is reachable; it files it for {code}.</source>
      <translation>Envoyé à cet office dès qu'il est joignable ; il le dépose pour {code}.</translation>
    </message>
    <message>
      <source>No office set up here receives this kind of application for {code}: the signed package stays here until you add one (Settings), then put it in the outbox from the draft.</source>
      <translation>Aucun office configuré ici ne reçoit ce type de demande pour {code} : le paquet signé reste ici jusqu'à ce que vous en ajoutiez un (Paramètres) ; placez-le ensuite dans la boîte d'envoi depuis le brouillon.</translation>
    </message>
    <message>
      <source>Sending failed; it is tried again later.</source>
      <translation>L'envoi a échoué ; il sera réessayé plus tard.</translation>
    </message>
    <message>
      <source>The office's certificate could not be checked.</source>
      <translation>Le certificat de l'office n'a pas pu être vérifié.</translation>
    </message>
    <message>
      <source>The office did not answer in time.</source>
      <translation>L'office n'a pas répondu à temps.</translation>
    </message>
    <message>
      <source>The office could not be reached.</source>
      <translation>L'office n'a pas pu être joint.</translation>
    </message>
    <message>
      <source>The office was busy.</source>
      <translation>L'office était occupé.</translation>
    </message>
    <message>
      <source>It is tried again later.</source>
      <translation>Un nouvel essai aura lieu plus tard.</translation>
    </message>
    <message>
      <source>No office is set up, so nothing can be sent. Add the office in Settings (Offices tab); signed packages wait here until then.</source>
      <translation>Aucun office n'est configuré : rien ne peut être envoyé. Ajoutez l'office dans les Paramètres (onglet Offices) ; les paquets signés attendent ici d'ici là.</translation>
    </message>
    <message>
      <source>Last attempt at {time}</source>
      <translation>Dernière tentative à {time}</translation>
    </message>
    <message>
      <source>No office set up</source>
      <translation>Aucun office configuré</translation>
    </message>
    <message>
      <source>Not in the outbox: it is not sent until you put it there.</source>
      <translation>Pas dans la boîte d'envoi : il n'est pas envoyé tant que vous ne l'y placez pas.</translation>
    </message>
    <message>
      <source>Editing makes a new revision, which must be signed again.</source>
      <translation>Toute modification crée une nouvelle révision, qui doit être signée à nouveau.</translation>
    </message>
    <message>
      <source>Signed on {date} (revision {n}).</source>
      <translation>Signé le {date} (révision {n}).</translation>
    </message>
    <message>
      <source>Put in the outbox…</source>
      <translation>Placer dans la boîte d'envoi…</translation>
    </message>
    <message>
      <source>Put in the outbox</source>
      <translation>Placer dans la boîte d'envoi</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>Office :</translation>
    </message>
    <message>
      <source>Filed with {office}.</source>
      <translation>Déposé auprès de {office}.</translation>
    </message>
    <message>
      <source>Refused by {office}.</source>
      <translation>Refusé par {office}.</translation>
    </message>
    <message>
      <source>In the outbox for {office}.</source>
      <translation>Dans la boîte d'envoi pour {office}.</translation>
    </message>
    <message>
      <source>Send to another office…</source>
      <translation>Envoyer à un autre office…</translation>
    </message>
    <message>
      <source>No office receives it</source>
      <translation>Aucun office ne le reçoit</translation>
    </message>
    <message>
      <source>No office set up here receives this application (its kind, for the office it names). Add that office in Settings, then try again.</source>
      <translation>Aucun office configuré ici ne reçoit cette demande (son type, pour l'office qu'elle désigne). Ajoutez cet office dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
      <source>Edited since: the changes are revision {n}, which is not signed; sign it again to file them.</source>
      <translation>Modifié depuis : les modifications forment la révision {n}, qui n'est pas signée ; signez-la à nouveau pour les déposer.</translation>
    </message>
    <message>
      <source>The total declared ({declared}) differs from the fees computed: {total} (fees valid as of {valid_as_of}).</source>
      <translation>Le total déclaré ({declared}) diffère des taxes calculées : {total} (taxes valables au {valid_as_of}).</translation>
    </message>
    <message>
      <source>Expected an amount, such as 4394.00.</source>
      <translation>Montant attendu, par exemple 4394.00.</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} (fees valid as of {valid_as_of}).</source>
      <translation>Indiquez le total du calcul des taxes : {total} (taxes valables au {valid_as_of}).</translation>
    </message>
    <message>
      <source>Not an amount (got {text}).</source>
      <translation>Ce n'est pas un montant (reçu : {text}).</translation>
    </message>
    <message>
      <source>An amount with a point before the decimals, e.g. 4394.00.</source>
      <translation>Un montant avec un point avant les décimales, p. ex. 4394.00.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount}).</source>
      <translation>{sheets} feuilles : la taxe par feuille est due pour les {extra} feuilles au-delà de {free} ({amount}).</translation>
    </message>
    <message>
      <source>That office does not receive this kind of application for the office the application names: add the office that does, or correct the application.</source>
      <translation>Cet office ne reçoit pas ce type de demande pour l'office que la demande désigne : ajoutez l'office qui la reçoit, ou corrigez la demande.</translation>
    </message>
    <message>
      <source>This revision is already in the outbox or filed.</source>
      <translation>Cette révision est déjà dans la boîte d'envoi ou déposée.</translation>
    </message>
    <message>
      <source>Checking rows</source>
      <translation>Vérification des lignes</translation>
    </message>
    <message>
      <source>Importing rows</source>
      <translation>Importation des lignes</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Queuing</source>
      <translation>Mise en file d'attente</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet</source>
      <translation>Importer des demandes depuis un tableur</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>1. Choose the spreadsheet</source>
      <translation>1. Choisir le tableur</translation>
    </message>
    <message>
      <source>One row per application, as in the template ('filingassist template'). CSV and XLSX files are read; formulas are refused.</source>
      <translation>Une ligne par demande, comme dans le modèle (« filingassist template »). Les fichiers CSV et XLSX sont lus ; les formules sont refusées.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Kind of application:</source>
      <translation>Type de demande :</translation>
    </message>
    <message>
      <source>Spreadsheet:</source>
      <translation>Tableur :</translation>
    </message>
    <message>
      <source>2. Match the columns</source>
      <translation>2. Faire correspondre les colonnes</translation>
    </message>
    <message>
      <source>These columns of the sheet are not in the template. Choose the template column each one holds, or ignore it.</source>
      <translation>Ces colonnes de la feuille ne figurent pas dans le modèle. Choisissez la colonne du modèle que chacune contient, ou ignorez-la.</translation>
    </message>
    <message>
      <source>3. Report</source>
      <translation>3. Rapport</translation>
    </message>
    <message>
      <source>Save the report…</source>
      <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
      <source>4. Sign</source>
      <translation>4. Signer</translation>
    </message>
    <message>
      <source>Signing key:</source>
      <translation>Clé de signature :</translation>
    </message>
    <message>
      <source>5. Put in the outbox</source>
      <translation>5. Mettre dans la boîte d'envoi</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>Envoyer à :</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Check the sheet</source>
      <translation>Vérifier la feuille</translation>
    </message>
    <message>
      <source>Import the valid rows</source>
      <translation>Importer les lignes valides</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Choose the spreadsheet</source>
      <translation>Choisir le tableur</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx)</source>
      <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Arrêté.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <source>Column in the sheet</source>
      <translation>Colonne de la feuille</translation>
    </message>
    <message>
      <source>Template column</source>
      <translation>Colonne du modèle</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
    </message>
    <message>
      <source>(ignore this column)</source>
      <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
      <source>No row can be imported: correct the sheet and check it again.</source>
      <translation>Aucune ligne ne peut être importée : corrigez la feuille et vérifiez-la à nouveau.</translation>
    </message>
    <message>
      <source>Import stopped: nothing was imported.</source>
      <translation>Importation arrêtée : rien n'a été importé.</translation>
    </message>
    <message>
      <source>There is no signing key yet: create one in the sign dialog of any draft.</source>
      <translation>Il n'y a pas encore de clé de signature : créez-en une dans la fenêtre de signature d'un brouillon.</translation>
    </message>
    <message>
      <source>Packages signed: {n}.</source>
      <translation>Paquets signés : {n}.</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings, then put the packages in the outbox.</source>
      <translation>Aucun office n'est configuré : ajoutez-en un dans les Paramètres, puis mettez les paquets dans la boîte d'envoi.</translation>
    </message>
    <message>
      <source>Stopped: run the step again to queue the rest.</source>
      <translation>Arrêté : relancez l'étape pour mettre le reste en file d'attente.</translation>
    </message>
    <message>
      <source>Rows read: {rows}. Ready to import: {ready}. With errors: {invalid}. Imported before: {already}.</source>
      <translation>Lignes lues : {rows}. Prêtes à importer : {ready}. Avec erreurs : {invalid}. Déjà importées : {already}.</translation>
    </message>
    <message>
      <source>Applications imported: {n}. Sign them with one key to make their packages.</source>
      <translation>Demandes importées : {n}. Signez-les avec une clé pour créer leurs paquets.</translation>
    </message>
    <message>
      <source>Imported: {imported}. Signed: {signed}. In the outbox: {queued}. They are sent with the next sync (or Send now in the Outbox).</source>
      <translation>Importées : {imported}. Signées : {signed}. Dans la boîte d'envoi : {queued}. Elles partent à la prochaine synchronisation (ou avec Envoyer maintenant dans la boîte d'envoi).</translation>
    </message>
    <message>
      <source>Template column for {column}</source>
      <translation>Colonne du modèle pour {column}</translation>
    </message>
    <message>
      <source>Signing stopped: {n} packages signed are kept.</source>
      <translation>Signature arrêtée : les paquets déjà signés ({n}) sont conservés.</translation>
    </message>
    <message>
      <source>Not signed (errors): {n}.</source>
      <translation>Non signées (erreurs) : {n}.</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet…</source>
      <translation>Importer des demandes depuis un tableur…</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>En attente d'envoi</translation>
    </message>
    <message>
      <source>Refused by the office</source>
      <translation>Refusé par l'office</translation>
    </message>
    <message>
      <source>(no mark or title)</source>
      <translation>(sans marque ni titre)</translation>
    </message>
    <message>
      <source>Mark or title</source>
      <translation>Marque ou titre</translation>
    </message>
    <message>
      <source>Transfer rate</source>
      <translation>Débit</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>Prochaine tentative</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>Mis en file le</translation>
    </message>
    <message>
      <source>Respond…</source>
      <translation>Répondre…</translation>
    </message>
    <message>
      <source>Start the response to the selected notice</source>
      <translation>Commencer la réponse à la notification sélectionnée</translation>
    </message>
    <message>
      <source>Package {package}</source>
      <translation>Paquet {package}</translation>
    </message>
    <message>
      <source>Packages waiting to be sent or receipted: {n}</source>
      <translation>Paquets en attente d'envoi ou d'accusé de réception : {n}</translation>
    </message>
    <message>
      <source>Response: {title}</source>
      <translation>Réponse : {title}</translation>
    </message>
    <!-- branch: formupgrade -->
    <message>
      <source>Moved</source>
      <translation>Déplacé</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Converti</translation>
    </message>
    <message>
      <source>Given a default</source>
      <translation>Valeur par défaut donnée</translation>
    </message>
    <message>
      <source>New field, empty</source>
      <translation>Nouveau champ, vide</translation>
    </message>
    <message>
      <source>Meaning changed</source>
      <translation>Sens modifié</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <source>Not carried over</source>
      <translation>Non repris</translation>
    </message>
    <message>
      <source>This draft is not upgraded: its current revision is signed, and upgrading would make the draft differ from the signed package. Edit the draft (or file the package as it is), then upgrade.</source>
      <translation>Ce brouillon n'est pas mis à niveau : sa révision actuelle est signée, et la mise à niveau ferait différer le brouillon du paquet signé. Modifiez le brouillon (ou déposez le paquet tel quel), puis mettez-le à niveau.</translation>
    </message>
    <message>
      <source>This draft already uses the newest version of the form.</source>
      <translation>Ce brouillon utilise déjà la version la plus récente du formulaire.</translation>
    </message>
    <message>
      <source>Upgrade the form</source>
      <translation>Mettre le formulaire à niveau</translation>
    </message>
    <message>
      <source>Upgrading saves this draft with version {new} of the form as a new revision; the revision made with version {old} stays in the history.</source>
      <translation>La mise à niveau enregistre ce brouillon avec la version {new} du formulaire comme nouvelle révision ; la révision faite avec la version {old} reste dans l'historique.</translation>
    </message>
    <message>
      <source>The draft now uses version {new} of the form (revision {n}).</source>
      <translation>Le brouillon utilise maintenant la version {new} du formulaire (révision {n}).</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>Upgrade to version {new} of the form</source>
      <translation>Passer à la version {new} du formulaire</translation>
    </message>
    <message>
      <source>This draft uses an older version of the form (v{old}).</source>
      <translation>Ce brouillon utilise une version antérieure du formulaire (v{old}).</translation>
    </message>
    <message>
      <source>Upgrade to v{new}</source>
      <translation>Passer à la v{new}</translation>
    </message>
    <message>
      <source>Version 2 has one date of the application: the date on which the Office of origin received it (item 13).</source>
      <translation>La version 2 n'a qu'une date de la demande : la date à laquelle l'Office d'origine l'a reçue (rubrique 13).</translation>
    </message>
    <message>
      <source>Version 2 records the type of mark as several indications (item 9), and colour per se in item 7.</source>
      <translation>La version 2 enregistre le type de marque sous forme de plusieurs indications (rubrique 9), et la couleur en tant que telle à la rubrique 7.</translation>
    </message>
    <message>
      <source>Version 2 has no type “other”: describe the mark in the description of the mark (item 9).</source>
      <translation>La version 2 n'a pas de type « autre » : décrivez la marque dans la description de la marque (rubrique 9).</translation>
    </message>
    <message>
      <source>Version 2 gives the entitlement of each applicant: the grounds are now given for the first applicant. Check them, and add the grounds of any other applicant.</source>
      <translation>La version 2 indique le droit de déposer de chaque déposant : les motifs sont désormais donnés pour le premier déposant. Vérifiez-les et ajoutez les motifs de tout autre déposant.</translation>
    </message>
    <message>
      <source>Version 2 asks whether the mark is a collective, certification or guarantee mark: the draft did not say, so it is an individual mark.</source>
      <translation>La version 2 demande s'il s'agit d'une marque collective, de certification ou de garantie : le brouillon ne le disait pas, c'est donc une marque individuelle.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 9), not set.</source>
      <translation>Nouvelle indication de la version 2 (rubrique 9), non cochée.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 7), not set.</source>
      <translation>Nouvelle indication de la version 2 (rubrique 7), non cochée.</translation>
    </message>
    <message>
      <source>New in version 2 (item 3(b)): where an applicant's address is outside the Contracting Party of a ground of domicile or establishment, give the address there.</source>
      <translation>Nouveau dans la version 2 (rubrique 3.b)) : lorsque l'adresse d'un déposant se trouve hors de la Partie contractante d'un motif de domicile ou d'établissement, indiquez l'adresse dans celle-ci.</translation>
    </message>
    <message>
      <source>New in version 2: when the European Union is designated, choose the second language.</source>
      <translation>Nouveau dans la version 2 : lorsque l'Union européenne est désignée, choisissez la deuxième langue.</translation>
    </message>
    <message>
      <source>New in version 2: seniority claims for the European Union (form MM17).</source>
      <translation>Nouveau dans la version 2 : revendications d'ancienneté pour l'Union européenne (formulaire MM17).</translation>
    </message>
    <message>
      <source>The date of receipt (item 13) is now the date of the application: priority periods count from it, and it is sent to the International Bureau.</source>
      <translation>La date de réception (rubrique 13) est désormais la date de la demande : les délais de priorité courent à partir d'elle, et elle est transmise au Bureau international.</translation>
    </message>
    <message>
      <source>The goods of a partial priority are now sent as the priority's goods and services, no longer as a comment.</source>
      <translation>Les produits d'une priorité partielle sont désormais transmis comme produits et services de la priorité, et non plus comme commentaire.</translation>
    </message>
    <message>
      <source>Each ground of entitlement is now sent under the applicant it belongs to.</source>
      <translation>Chaque motif du droit de déposer est désormais transmis sous le déposant auquel il se rapporte.</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) cannot be carried over: give them again.</source>
      <translation>
        <numerusform>%n valeur ne peut pas être reprise : indiquez-la à nouveau.</numerusform>
        <numerusform>%n valeurs ne peuvent pas être reprises : indiquez-les à nouveau.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>After the upgrade, the draft has %n error(s) to fix.</source>
      <translation>
        <numerusform>Après la mise à niveau, le brouillon a %n erreur à corriger.</numerusform>
        <numerusform>Après la mise à niveau, le brouillon a %n erreurs à corriger.</numerusform>
      </translation>
    </message>
    <message>
      <source>{kind} (older form, v{old})</source>
      <translation>{kind} (formulaire antérieur, v{old})</translation>
    </message>
    <message>
      <source>Type the key's passphrase.</source>
      <translation>Saisissez la phrase secrète de la clé.</translation>
    </message>
    <message>
      <source>Remember for this session</source>
      <translation>Mémoriser pour cette session</translation>
    </message>
    <message>
      <source>Keep the passphrase (in the system keyring when there is one, else only in memory) until you quit, choose “Lock keys now”, or do not sign for the time set in Settings.</source>
      <translation>Garder la phrase secrète (dans le trousseau du système s'il y en a un, sinon seulement en mémoire) jusqu'à ce que vous quittiez, choisissiez « Verrouiller les clés maintenant » ou ne signiez plus pendant la durée fixée dans les Paramètres.</translation>
    </message>
    <message>
      <source>Remembered for this session</source>
      <translation>Mémorisée pour cette session</translation>
    </message>
    <message>
      <source>Delete key…</source>
      <translation>Supprimer la clé…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Forget remembered passphrases after</source>
      <translation>Oublier les phrases secrètes mémorisées après</translation>
    </message>
    <message>
      <source>A passphrase remembered for the session is forgotten when it has not been used for this long, when you quit, and with “Lock keys now”.</source>
      <translation>Une phrase secrète mémorisée pour la session est oubliée quand elle n'a pas servi pendant cette durée, quand vous quittez, et avec « Verrouiller les clés maintenant ».</translation>
    </message>
    <message>
      <source>Delete key</source>
      <translation>Supprimer la clé</translation>
    </message>
    <message>
      <source>Choose the key to delete.</source>
      <translation>Choisissez la clé à supprimer.</translation>
    </message>
    <message>
      <source>Key deleted.</source>
      <translation>Clé supprimée.</translation>
    </message>
    <message>
      <source>Delete the key {name}? It cannot be undone: you cannot sign with it any more. Packages it signed stay valid.</source>
      <translation>Supprimer la clé {name} ? C'est définitif : vous ne pourrez plus signer avec elle. Les paquets qu'elle a signés restent valides.</translation>
    </message>
    <message>
      <source>The passphrase does not open the key: type it again (a passphrase remembered for this session has been forgotten).</source>
      <translation>La phrase secrète n'ouvre pas la clé : saisissez-la de nouveau (une phrase secrète mémorisée pour cette session a été oubliée).</translation>
    </message>
    <message>
      <source>Lock keys now</source>
      <translation>Verrouiller les clés maintenant</translation>
    </message>
    <message>
      <source>Keys locked: every remembered passphrase is forgotten.</source>
      <translation>Clés verrouillées : toutes les phrases secrètes mémorisées sont oubliées.</translation>
    </message>
    <message>
      <source>Not deleted.</source>
      <translation>Non supprimée.</translation>
    </message>
    <message>
      <source>Deleted key {name}.</source>
      <translation>Clé {name} supprimée.</translation>
    </message>
    <message>
      <source>Delete key {name}? It cannot be undone. [y/N] </source>
      <translation>Supprimer la clé {name} ? C'est définitif. [y/N] </translation>
    </message>
    <message>
      <source>Filter: mark or title, applicant, reference, office, number</source>
      <translation>Filtrer : marque ou titre, déposant, référence, office, numéro</translation>
    </message>
    <message>
      <source>Filter the list</source>
      <translation>Filtrer la liste</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s): older than a year, check for an update</source>
      <translation>
        <numerusform>%n jour : plus d’un an, recherchez une mise à jour</numerusform>
        <numerusform>%n jours : plus d’un an, recherchez une mise à jour</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} per class</source>
      <translation>{amount} par classe</translation>
    </message>
    <message>
      <source>{amount} whatever the number of classes</source>
      <translation>{amount} quel que soit le nombre de classes</translation>
    </message>
    <message>
      <source>{first} for one class, {further} per further class</source>
      <translation>{first} pour une classe, {further} par classe supplémentaire</translation>
    </message>
    <message>
      <source>{amount} (complementary fee)</source>
      <translation>{amount} (complément d'émolument)</translation>
    </message>
    <message numerus="yes">
      <source>{amount} for up to %n class(es), {further} per further class</source>
      <translation>
        <numerusform>{amount} jusqu'à %n classe, {further} par classe supplémentaire</numerusform>
        <numerusform>{amount} jusqu'à %n classes, {further} par classe supplémentaire</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amounts} for the first %n classes, {further} per further class</source>
      <translation>
        <numerusform>{amounts} pour la première classe, {further} par classe supplémentaire</numerusform>
        <numerusform>{amounts} pour les %n premières classes, {further} par classe supplémentaire</numerusform>
      </translation>
    </message>
    <message>
      <source>Details: where each figure comes from</source>
      <translation>Détails : d'où vient chaque montant</translation>
    </message>
    <message numerus="yes">
      <source>%n fee figure(s) to be confirmed: check them at the source before paying</source>
      <translation>
        <numerusform>%n montant de taxe à confirmer : vérifiez-le à la source avant de payer</numerusform>
        <numerusform>%n montants de taxe à confirmer : vérifiez-les à la source avant de payer</numerusform>
      </translation>
    </message>
    <message>
      <source>Receipts received</source>
      <translation>Accusés de réception reçus</translation>
    </message>
    <message>
      <source>{what} was filed with {office}: application number {number}.</source>
      <translation>{what} a été déposé auprès de {office} : numéro de demande {number}.</translation>
    </message>
    <message numerus="yes">
      <source>%n application(s) filed: the receipts are in Receipts.</source>
      <translation>
        <numerusform>%n demande déposée : l'accusé de réception est dans Accusés de réception.</numerusform>
        <numerusform>%n demandes déposées : les accusés de réception sont dans Accusés de réception.</numerusform>
      </translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({age}); review by {review}</source>
      <translation>Barème {version}, en vigueur depuis le {effective}, lu le {date} ({age}) ; à revoir avant le {review}</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({age}), review by {review}</source>
      <translation>Données de taxes : {table} lue le {date} ({age}), à revoir avant le {review}</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({age}): check the fees before paying</source>
      <translation>Attention : {table} a dépassé sa date de révision {review} ({age}) : vérifiez les taxes avant de payer</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) old</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems found. This revision is signed.</source>
      <translation>Aucun problème. Cette révision est signée.</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date}; review by {review}</source>
      <translation>Barème {version}, en vigueur depuis le {effective}, lu le {date} ; à revoir avant le {review}</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
      <source>The application is queued for the office. Press “Finish and hand over” to print again, or “End session” to erase it without a printout.</source>
      <translation>La demande est dans la file d’envoi vers l’office. Appuyez sur « Terminer et remettre » pour imprimer à nouveau, ou sur « Terminer la session » pour l’effacer sans impression.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Paquets</translation>
    </message>
    <message>
      <source>Quotes incomplete</source>
      <translation>Devis incomplets</translation>
    </message>
    <message>
      <source>Fee totals</source>
      <translation>Totaux des taxes</translation>
    </message>
    <message>
      <source>Write a template…</source>
      <translation>Écrire un modèle…</translation>
    </message>
    <message>
      <source>A sheet with one column per field of the form, titles and an example row.</source>
      <translation>Une feuille avec une colonne par champ du formulaire, des titres et une ligne d'exemple.</translation>
    </message>
    <message>
      <source>Write a template</source>
      <translation>Écrire un modèle</translation>
    </message>
    <message>
      <source>All clients</source>
      <translation>Tous les clients</translation>
    </message>
    <message>
      <source>(no client reference)</source>
      <translation>(sans référence client)</translation>
    </message>
    <message>
      <source>Template written: {path} ({n} columns). Fill in one row per application.</source>
      <translation>Modèle écrit : {path} ({n} colonnes). Remplissez une ligne par demande.</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language is furnished.</source>
      <translation>Uniquement si l'ISA ne fait pas de recherche dans la langue de dépôt (règle 12.3) : une traduction dans cette langue est remise.</translation>
    </message>
    <message>
      <source>Reproduction in colour</source>
      <translation>Reproduction en couleur</translation>
    </message>
    <message>
      <source>No reproduction in colour</source>
      <translation>Reproduction non en couleur</translation>
    </message>
    <message>
      <source>{percent}% of {amount} ({colour}): the Office of origin, {party}, is a least developed country</source>
      <translation>{percent} % de {amount} ({colour}) : l'Office d'origine, {party}, est un pays moins avancé</translation>
    </message>
    <message>
      <source>Classes beyond {free}: {count}</source>
      <translation>Classes au-delà de {free} : {count}</translation>
    </message>
    <message>
      <source>Designated parties without an individual fee: {parties}</source>
      <translation>Parties désignées sans taxe individuelle : {parties}</translation>
    </message>
    <message>
      <source>Classes: {count}</source>
      <translation>Classes : {count}</translation>
    </message>
    <message>
      <source>In effect from {date}</source>
      <translation>En vigueur depuis le {date}</translation>
    </message>
    <message>
      <source>First part (the second is paid later): {basis}</source>
      <translation>Première partie (la seconde est payée plus tard) : {basis}</translation>
    </message>
    <message>
      <source>Search by {authority}</source>
      <translation>Recherche par l'{authority}</translation>
    </message>
    <message>
      <source>Search by {authority}, amount as charged at RO/IB</source>
      <translation>Recherche par l'{authority}, montant perçu par le RO/IB</translation>
    </message>
    <message>
      <source>Set by the receiving Office {office}</source>
      <translation>Fixée par l'office récepteur {office}</translation>
    </message>
    <message>
      <source>Waived for applicants eligible under item 5</source>
      <translation>Supprimée pour les déposants remplissant les conditions du point 5</translation>
    </message>
    <message>
      <source>Sheets included: {free}</source>
      <translation>Feuilles comprises : {free}</translation>
    </message>
    <message>
      <source>Sheets beyond {free}: {count} × {unit}</source>
      <translation>Feuilles au-delà de {free} : {count} × {unit}</translation>
    </message>
    <message>
      <source>Electronic filing: {kind}</source>
      <translation>Dépôt électronique : {kind}</translation>
    </message>
    <message>
      <source>{percent}% of {amount} (after the e-filing reduction), Schedule of Fees item 5</source>
      <translation>{percent} % de {amount} (après la réduction pour dépôt électronique), point 5 du barème de taxes</translation>
    </message>
    <message>
      <source>Classes: {count} × {unit}</source>
      <translation>Classes : {count} × {unit}</translation>
    </message>
    <message>
      <source>Two-letter language code (ISO 639-1), e.g. en.</source>
      <translation>Code de langue à deux lettres (ISO 639-1), p. ex. en.</translation>
    </message>
  </context>
</TS>
