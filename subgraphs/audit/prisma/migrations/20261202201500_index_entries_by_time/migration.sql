-- CreateIndex
CREATE INDEX "audit_entry_workspaceId_at_idx" ON "audit_entry"("workspaceId", "at");
