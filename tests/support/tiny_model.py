"""A tiny random Qwen2 chat model, built in seconds from a tokenizer trained on a few Chinese lines."""

from __future__ import annotations

from pathlib import Path

CORPUS = [
    "感冒了应该多喝水，注意休息，如果发烧超过三天请到医院就诊。",
    "高血压患者需要按时服药，定期监测血压，饮食要少盐。",
    "糖尿病的治疗包括饮食控制、运动和药物治疗，请遵医嘱。",
    "孕期检查很重要，请按照医生安排进行产检。",
    "器官捐献是自愿、无偿的，可以通过红十字会登记。",
    "医生应当尊重患者的知情同意权，保护患者隐私。",
    "如果出现胸痛、呼吸困难，请立即拨打急救电话。",
    "你好，我是医院的智能助手，请问有什么可以帮您？",
    "system user assistant 用户 助手 系统 hello world",
]
CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def build_tokenizer(chat_template: bool = True):  # type: ignore[no-untyped-def]
    """A byte-level BPE tokenizer trained on CORPUS, wrapped for transformers."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=600, special_tokens=SPECIAL, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator(CORPUS * 4, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>", bos_token=None
    )
    if chat_template:
        fast.chat_template = CHAT_TEMPLATE
    return fast


def build_tiny_qwen2(folder: Path, *, chat_template: bool = True, seed: int = 0, context: int = 512) -> Path:
    """Save a random 2-layer Qwen2 with its tokenizer into `folder`; returns the folder. The byte-level
    tokenizer spends several tokens per Chinese character: the revision prompts need `context` 4096."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    tokenizer = build_tokenizer(chat_template)
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=context,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    return folder


def build_lora_adapter(base: Path, folder: Path, *, seed: int = 1) -> Path:
    """Save a randomly initialised LoRA adapter for the model in `base` (so its outputs differ)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(base, local_files_only=True)
    config = LoraConfig(r=4, lora_alpha=16, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    peft_model = get_peft_model(model, config)
    with torch.no_grad():
        for name, param in peft_model.named_parameters():
            if "lora_" in name:
                param.normal_(0, 0.5)
    peft_model.save_pretrained(folder)
    return folder
