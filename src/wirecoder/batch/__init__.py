"""Batch coding on Dask: big corpora in, Parquet shards and a manifest out, resumable.

``driver.run_batch`` drives ``pipeline.Extractor`` on a Dask cluster, one task per shard of the
input (``shards``), each written by ``worker.run_shard`` and noted in the ``manifest``;
``output.load_batch`` puts the output into a store and ``output.read_batch`` gives its records
back. Import them from their modules: reading output needs neither Dask nor spaCy.
"""
