(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"
    :method :get}))

(println (:body response))
