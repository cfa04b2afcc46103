;; Runs clj-http snippets one after another in this JVM, as `clojure snippet.clj` would run each:
;; reads a snippet's path per line on stdin, loads it in a fresh namespace and prints
;; "SNIPFORGE-DRIVER ok" or "SNIPFORGE-DRIVER fail <Base64 of the stack trace>" on a line of its own.
;; A JVM cannot change its working directory: the runner copies each case's files into this JVM's
;; directory before the case runs.
(require 'clj-http.client)

(doseq [path (line-seq (java.io.BufferedReader. *in*))]
  (let [result (try
                 (binding [*ns* (create-ns (gensym "snippet-"))]
                   (refer-clojure)
                   (load-file path))
                 "ok"
                 (catch Throwable error
                   (let [trace (java.io.StringWriter.)]
                     (.printStackTrace error (java.io.PrintWriter. trace))
                     (str "fail " (.encodeToString (java.util.Base64/getEncoder) (.getBytes (str trace) "UTF-8"))))))]
    (print (str "\nSNIPFORGE-DRIVER " result "\n"))
    (flush)))
