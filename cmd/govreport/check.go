package main

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/govreport/govreport/index"
)

func runCheck(ctx context.Context, e *env, args []string) error {
	var data string
	var repair bool
	fs := newFlags(e, "check", "[flags]", `Verify the data folder: every stored record against its checksum, that each
document's sections are all there, and that the search index agrees with the
store. Damage is listed by document, with the file it was read from. The
exit status is 1 when anything is damaged.

With --repair, the damaged documents are removed and the search index is
rebuilt from the intact rest; ingest the files listed again afterwards.
Stop a running serve first: check needs the folder to itself.

Example:
  govreport check --data ./govreport-data
  govreport check --repair
`, &data)
	fs.BoolVar(&repair, "repair", false, "remove the damaged documents and rebuild the search index")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if has, err := indexIn(data); err != nil {
		return err
	} else if !has {
		return fmt.Errorf("data folder %s holds no index to check (check --data or GOVREPORT_DATA)", data)
	}
	if err := ownFolder(data, "check"); err != nil {
		return err
	}
	rep, err := index.Check(data)
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(rep.Damaged))
	for id := range rep.Damaged {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(e.stdout, "DAMAGED %s  %s\n", id, orUnknown(rep.Sources[id]))
		for _, w := range rep.Damaged[id] {
			fmt.Fprintf(e.stdout, "       %s\n", w)
		}
	}
	for _, p := range rep.Index {
		fmt.Fprintf(e.stdout, "INDEX   %s\n", p)
	}
	fmt.Fprintf(e.stdout, "checked %s: %d documents and %d sections intact, %d documents damaged, %d search-index problems\n",
		data, rep.Documents, rep.Sections, len(rep.Damaged), len(rep.Index))
	if rep.OK() {
		return nil
	}
	if !repair {
		if len(rep.Damaged) == 0 {
			// No document is lost: the advice to remove some and ingest
			// their files again would send the user looking for files
			// for nothing.
			return errors.New("the search index does not agree with the store, whose documents are all intact: run `govreport check --repair` to rebuild it from the store; nothing is removed")
		}
		return errors.New("damage found: run `govreport check --repair` to remove the damaged documents and rebuild the search index, then ingest their files again")
	}
	if err := index.Repair(data, rep, reindexProgress(e)); err != nil {
		return err
	}
	if len(rep.Damaged) == 0 {
		fmt.Fprintln(e.stdout, "repaired: search index rebuilt from the store; no document was removed")
		return nil
	}
	fmt.Fprintf(e.stdout, "repaired: %d damaged documents removed, search index rebuilt; ingest their files again\n", len(rep.Damaged))
	return nil
}
