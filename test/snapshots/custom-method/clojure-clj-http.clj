(require '[clj-http.client :as client])

;; clj-http sends only its own methods: this one goes as POST, named in X-HTTP-Method-Override.
(def response
  (client/request
   {:url "{{baseUrl}}/cache/key"
    :headers {"X-HTTP-Method-Override" "PURGE"}
    :method :post}))

(println (:body response))
