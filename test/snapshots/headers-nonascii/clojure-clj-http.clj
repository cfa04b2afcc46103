(require '[clj-http.client :as client])

;; HttpClient writes header values as ISO-8859-1: the ISO-8859-1 reading of a value's UTF-8 bytes sends those bytes.
(def response
  (client/request
   {:url "{{baseUrl}}/i18n"
    :headers {"X-Name" (String. (.getBytes "Zoë ✓ 😀" "UTF-8") "ISO-8859-1")
              "X-Latin" (String. (.getBytes "café" "UTF-8") "ISO-8859-1")}
    :method :get}))

(println (:body response))
