(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/me"
    :basic-auth ["{{username}}" "{{password}}"]
    :method :get}))

(println (:body response))
