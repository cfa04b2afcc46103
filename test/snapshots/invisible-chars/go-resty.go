package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-Tab", "a\tb")
	req.Header.Add("Content-Type", "text/plain")
	req.SetBody("tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\u0085nel")

	resp, err := req.Execute("POST", "{{baseUrl}}/inv")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
