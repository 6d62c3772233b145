package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import org.sala.pack.formats.QuestionFormats;
import org.sala.pack.model.Pack;
import org.sala.web.account.CurrentUser;
import org.sala.web.authoring.AuthoringService;
import org.sala.web.content.PackCatalog;

/**
 * Importing a file of questions from another platform into a bank of the course, for its editors: the file
 * is read first and every question it would add is listed with the importer's warnings and errors; nothing
 * is saved until the editor imports them, as drafts, which are published like any other. Parameter
 * {@code pack}.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file read: 16 MiB (the request around it may be up to 17 MiB, web.xml). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    @Inject
    PackCatalog catalog;

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String format = "gift";
    private String bankId;
    private transient Part file;
    private String fileName = "";
    private AuthoringService.ImportPreview preview;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Pack pack = pack();
        if (pack == null) {
            Pages.notFound();
            return;
        }
        if (!authoring.mayEdit(Pages.editor(currentUser), pack.id())) {
            Pages.forbidden();
            return;
        }
        if (!pack.banks().isEmpty()) {
            bankId = pack.banks().get(0).id();
        }
    }

    private Pack pack() {
        return packId == null ? null : catalog.pack(packId).orElse(null);
    }

    /** Reads the uploaded file and lists what it would import; saves nothing. */
    public String read() {
        FacesContext faces = FacesContext.getCurrentInstance();
        preview = null;
        if (file == null || file.getSize() == 0) {
            faces.addMessage("import:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.messages().getString("import.noFile"), null));
            return null;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            faces.addMessage("import:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.messages().getString("import.tooLarge"), null));
            return null;
        }
        fileName = java.nio.file.Path.of(file.getSubmittedFileName() == null ? "upload" : file.getSubmittedFileName()).getFileName().toString();
        try (InputStream in = file.getInputStream()) {
            preview = authoring.readImport(Pages.editor(currentUser), pack(), fileName, in.readAllBytes(), format);
        } catch (IOException e) {
            faces.addMessage("import:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(Pages.messages().getString("import.unreadable"), fileName), null));
        }
        return null;
    }

    /** Saves the importable questions as drafts in the chosen bank and goes back to the course. */
    public String importDrafts() {
        if (preview == null) {
            return null;
        }
        int saved = authoring.importDrafts(Pages.editor(currentUser), pack(), bankId, fileName, preview);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(Pages.messages().getString("import.done"), saved, fileName), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/edit/course?faces-redirect=true&pack=" + URLEncoder.encode(packId, StandardCharsets.UTF_8);
    }

    public List<String> getFormats() {
        return QuestionFormats.names();
    }

    public Pack getPack() {
        return pack();
    }

    public AuthoringService.ImportPreview getPreview() {
        return preview;
    }

    public long getImportable() {
        return preview == null ? 0 : preview.items().stream().filter(AuthoringService.ImportItem::importable).count();
    }

    public List<String> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public String getFileName() {
        return fileName;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getBankId() {
        return bankId;
    }

    public void setBankId(String bankId) {
        this.bankId = bankId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
