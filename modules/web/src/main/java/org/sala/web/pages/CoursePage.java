package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sala.pack.model.Pack;
import org.sala.web.content.PackCatalog;

/** A course: its lessons in order and its quizzes. Parameter {@code pack}. */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    PackCatalog catalog;

    private String packId;
    private Pack pack;

    public void load() {
        catalog.pack(packId).ifPresentOrElse(found -> pack = found, Pages::notFound);
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public Pack getPack() {
        return pack;
    }
}
