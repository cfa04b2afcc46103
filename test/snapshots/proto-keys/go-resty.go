package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("__proto__", "h1")
	req.Header.Add("constructor", "h2")
	req.Header.Add("prototype", "h3")
	req.Header.Add("toString", "h4")
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.SetBody("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4")

	resp, err := req.Execute("POST", "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
